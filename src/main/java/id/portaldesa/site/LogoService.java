package id.portaldesa.site;

import id.portaldesa.account.AuditActions;
import id.portaldesa.account.AuditTrail;
import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.shared.security.Permission;
import id.portaldesa.village.CurrentVillage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.Optional;

/** The current village's logo: replaced by an upload, removed, or read for its pages. */
@ApplicationScoped
@Transactional
public class LogoService {

    @Inject
    LogoRepository logos;

    @Inject
    SiteService sites;

    @Inject
    CurrentVillage currentVillage;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    /** Checks and converts the upload; the previous logo stays when the upload is refused. */
    public LogoImage replace(@NotNull byte[] upload) {
        user.require(Permission.EDIT_SITE);
        LogoImage image = LogoImage.of(upload);
        // First, so that it locks the village: a second upload waits here and then finds this logo.
        sites.showLogo(image.fingerprint());
        Optional<VillageLogo> existing = logos.current();
        if (existing.isPresent()) {
            existing.get().replace(image, clock.instant());
        } else {
            logos.add(new VillageLogo(currentVillage.id(), image, clock.instant()));
        }
        audit.record(AuditActions.LOGO_CHANGED, currentVillage.require().name(), null);
        return image;
    }

    public void remove() {
        user.require(Permission.EDIT_SITE);
        sites.showLogo(null);
        logos.current().ifPresent(logos::remove);
        audit.record(AuditActions.LOGO_REMOVED, currentVillage.require().name(), null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<VillageLogo> current() {
        return logos.current();
    }
}
