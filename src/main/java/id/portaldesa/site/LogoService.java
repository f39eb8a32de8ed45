package id.portaldesa.site;

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
    Clock clock;

    /** Checks and converts the upload; the previous logo stays when the upload is refused. */
    public LogoImage replace(@NotNull byte[] upload) {
        LogoImage image = LogoImage.of(upload);
        // First, so that it locks the village: a second upload waits here and then finds this logo.
        sites.showLogo(image.fingerprint());
        Optional<VillageLogo> existing = logos.current();
        if (existing.isPresent()) {
            existing.get().replace(image, clock.instant());
        } else {
            logos.add(new VillageLogo(currentVillage.id(), image, clock.instant()));
        }
        return image;
    }

    public void remove() {
        sites.showLogo(null);
        logos.current().ifPresent(logos::remove);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<VillageLogo> current() {
        return logos.current();
    }
}
