package id.portaldesa.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.media.MediaRef;
import id.portaldesa.media.TestPictures;
import id.portaldesa.site.LegacyLogos;
import id.portaldesa.site.LogoService;
import id.portaldesa.site.SiteProfile;
import id.portaldesa.site.SiteService;
import id.portaldesa.site.Sites;
import id.portaldesa.village.VillageRef;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A logo stored before media existed (a PNG in a village_logo row, as V2 made them) is moved onto
 * media at start: the site shows the media image, the old row is gone, and a second node doing the
 * same finds nothing left to move.
 */
@ExtendWith(ArquillianExtension.class)
class LegacyLogosIT {

    @Inject
    Fixtures fixtures;

    @Inject
    DatabaseRows database;

    @Inject
    LegacyLogos legacy;

    @Inject
    LogoService logos;

    @Inject
    SiteService siteService;

    @Inject
    Sites sites;

    @Test
    void anOldLogoIsMovedOntoMediaOnce() throws Exception {
        VillageRef village = fixtures.freshVillage();
        VillageRef other = fixtures.freshVillage();
        fixtures.actAsAdminOf(village);
        siteService.updateProfile(new SiteProfile(null, null, null, null, "#2e7d32"));
        byte[] png = TestPictures.transparentPng(128, 96);
        oldLogo(village, png, "0123456789abcdef0123456789abcdef");
        assertEquals(
                "0123456789abcdef0123456789abcdef", logos.legacy().orElseThrow().getFingerprint());
        assertTrue(legacy.villagesWithLegacyLogos().contains(village.id()));

        assertTrue(legacy.move(village.id()));

        fixtures.actAsAdminOf(village);
        MediaRef logo = logos.current().orElseThrow();
        assertEquals("image/png", logo.contentType(), "transparency kept");
        assertEquals(List.of(128), logo.widths());
        assertEquals(96, logo.height());
        assertTrue(logos.legacy().isEmpty(), "the old row is gone");
        assertEquals(logo.id(), sites.of(village.id()).logoMediaId());
        assertEquals(logo.version(), sites.of(village.id()).logoVersion());
        assertFalse(legacy.move(village.id()), "nothing left for a second node");
        assertFalse(legacy.villagesWithLegacyLogos().contains(village.id()));
        assertFalse(legacy.move(other.id()), "a village without an old logo");
    }

    /** A village_logo row and the site's version of it, as the previous version stored them. */
    void oldLogo(VillageRef village, byte[] png, String fingerprint) throws Exception {
        try (Connection c = database.connection()) {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO village_logo (village_id, png, fingerprint, width, height, updated_at) VALUES (?, ?, ?, 128, 96, ?)")) {
                s.setLong(1, village.id());
                s.setBytes(2, png);
                s.setString(3, fingerprint);
                s.setTimestamp(4, java.sql.Timestamp.from(Instant.now()));
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE site SET logo_version = ? WHERE village_id = ?")) {
                s.setString(1, fingerprint);
                s.setLong(2, village.id());
                assertEquals(1, s.executeUpdate());
            }
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM village_logo WHERE village_id = ?")) {
                s.setLong(1, village.id());
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    assertEquals(1, r.getInt(1));
                }
            }
        }
    }
}
