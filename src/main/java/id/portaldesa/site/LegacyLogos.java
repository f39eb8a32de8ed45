package id.portaldesa.site;

import id.portaldesa.media.MediaImports;
import id.portaldesa.media.MediaRef;
import id.portaldesa.media.MediaVisibility;
import id.portaldesa.media.Upload;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.VillageDirectory;
import id.portaldesa.village.VillageRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Moves logos stored before media existed (one PNG in a {@code village_logo} row) onto media, one
 * village per transaction, at start ({@link LegacyLogoStartup}; each method is its own transaction): the PNG goes through the media
 * pipeline like an upload, the site shows the new media, the old row is deleted. Several nodes may
 * start at once: the row is locked first, so one moves it and the others find it gone. Until its logo
 * is moved, a village's pages keep linking the old address, which keeps serving the old row.
 */
@ApplicationScoped
public class LegacyLogos {

    @Inject
    LogoRepository logos;

    @Inject
    SiteService sites;

    @Inject
    SiteRepository siteRows;

    @Inject
    MediaImports media;

    @Inject
    CurrentVillage currentVillage;

    @Inject
    VillageDirectory directory;

    /** The villages that still have an old logo. */
    @ActivateRequestContext
    @Transactional
    public List<Long> villagesWithLegacyLogos() {
        return logos.villagesWithLegacyLogos();
    }

    /** Moves one village's old logo, if it still has one; false when another node did it first. */
    @ActivateRequestContext
    @Transactional
    public boolean move(long villageId) {
        Optional<VillageRef> village = directory.byId(villageId);
        if (village.isEmpty()) {
            return false;
        }
        currentVillage.actFor(village.get());
        Optional<VillageLogo> old = logos.lockCurrent();
        if (old.isEmpty()) {
            return false;
        }
        if (siteRows.current().map(Site::getLogoMediaId).isPresent()) {
            // A logo was uploaded onto media since: the old one is only left over.
            logos.remove(old.get());
            return false;
        }
        MediaRef logo =
                media.importImage(new Upload("logo.png", old.get().getPng()), MediaVisibility.PUBLIC, LogoService.SIDE);
        sites.showLogo(logo.id(), logo.version());
        logos.remove(old.get());
        return true;
    }
}
