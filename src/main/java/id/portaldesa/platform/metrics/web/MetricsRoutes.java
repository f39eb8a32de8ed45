package id.portaldesa.platform.metrics.web;

import id.portaldesa.shared.security.Permission;
import id.portaldesa.shared.web.Access;
import id.portaldesa.shared.web.Route;
import id.portaldesa.shared.web.RouteSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The service figures' pages: each village's public page ({@code /layanan/kinerja}) and the regency
 * dashboard of the platform console ({@code /platform/kinerja}, VIEW_REGENCY, limited to the viewer's
 * region by {@code RegencyMetrics}), and the village's exact figures for its admin ({@code
 * /kantor/kinerja}).
 */
@ApplicationScoped
public class MetricsRoutes implements RouteSource {

    public static final String PUBLIC_VIEW = "/public/platform/performance.xhtml";
    public static final String DASHBOARD_VIEW = "/platform/metrics/dashboard.xhtml";
    public static final String OFFICE_VIEW = "/office/platform/performance.xhtml";

    @Override
    public List<Route> routes() {
        return List.of(
                Route.of("/layanan/kinerja", PUBLIC_VIEW, Access.ANYONE).onlyOn(Route.Site.VILLAGE),
                Route.of("/platform/kinerja", DASHBOARD_VIEW, Access.needs(Permission.VIEW_REGENCY)),
                Route.of("/kantor/kinerja", OFFICE_VIEW, Access.needs(OfficePerformancePage.PERMISSION))
                        .onlyOn(Route.Site.VILLAGE));
    }
}
