package id.portaldesa.site;

import id.portaldesa.account.AuditActions;
import id.portaldesa.account.AuditTrail;
import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.media.MediaRef;
import id.portaldesa.media.MediaService;
import id.portaldesa.media.MediaVisibility;
import id.portaldesa.media.Upload;
import id.portaldesa.shared.security.Permission;
import id.portaldesa.shared.site.VillageBranding;
import id.portaldesa.village.CurrentVillage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The current village's logo, a public media image: replaced by an upload, removed, or read for its
 * pages. The upload goes through the media pipeline (checked by content, stripped of metadata,
 * scaled to fit {@value #SIDE} pixels); a refused one changes nothing.
 */
@ApplicationScoped
@Transactional
public class LogoService {

    /** Logos fit this square: sharp in the header (44 px) on dense phone screens, and on a letterhead. */
    public static final int SIDE = 256;

    @Inject
    MediaService media;

    @Inject
    SiteService sites;

    @Inject
    SiteRepository siteRows;

    @Inject
    LogoRepository legacy;

    @Inject
    CurrentVillage currentVillage;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser user;

    /** Stores the upload as the logo; the previous logo stays when the upload is refused. */
    public MediaRef replace(@NotNull Upload upload) {
        user.require(Permission.EDIT_SITE);
        MediaRef logo = media.storeImage(upload, MediaVisibility.PUBLIC, SIDE);
        // Locks the village: a second upload at the same time waits here, then replaces this logo.
        Long previous = sites.showLogo(logo.id(), logo.version());
        dropOld(previous);
        audit.record(AuditActions.LOGO_CHANGED, currentVillage.require().name(), null);
        return logo;
    }

    public void remove() {
        user.require(Permission.EDIT_SITE);
        dropOld(sites.showLogo(null, null));
        audit.record(AuditActions.LOGO_REMOVED, currentVillage.require().name(), null);
    }

    /** The logo as stored now (not the snapshot public pages read). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<MediaRef> current() {
        return siteRows.current().map(Site::getLogoMediaId).flatMap(media::find);
    }

    /** The logo's largest variant as a file, for print; a logo stored before media existed is a PNG. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<VillageBranding.Logo> printable() {
        Optional<MediaRef> logo = current();
        if (logo.isPresent()) {
            try (InputStream in = media.open(logo.get(), SIDE)) {
                return Optional.of(
                        new VillageBranding.Logo(in.readAllBytes(), logo.get().contentType()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return legacy().map(old -> new VillageBranding.Logo(old.getPng(), "image/png"));
    }

    /** A logo stored before media existed and not yet moved onto media ({@link LegacyLogos}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<VillageLogo> legacy() {
        return legacy.current();
    }

    private void dropOld(Long previous) {
        if (previous != null) {
            media.delete(previous);
        }
        legacy.current().ifPresent(legacy::remove);
    }
}
