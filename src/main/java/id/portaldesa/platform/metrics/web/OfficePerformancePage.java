package id.portaldesa.platform.metrics.web;

import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.platform.metrics.VillageFigures;
import id.portaldesa.shared.security.Permission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * {@code /kantor/kinerja}: the village's own figures for its admin, exact (no small count withheld):
 * READ_AUDIT_LOG, the permission of the village's own reports (its admin and head), checked here as
 * well as by the route; always the current village's, so another village's admin reaches nothing.
 */
@Named("officePerformance")
@RequestScoped
public class OfficePerformancePage extends PerformancePage {

    static final Permission PERMISSION = Permission.READ_AUDIT_LOG;

    @Inject
    CurrentUser user;

    private VillageFigures exact;

    @Override
    public VillageFigures getFigures() {
        if (exact == null) {
            user.require(PERMISSION);
            exact = metrics.exactOf(village.require().id());
        }
        return exact;
    }
}
