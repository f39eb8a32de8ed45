package id.portaldesa.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.portaldesa.media.MediaRef;
import id.portaldesa.media.Upload;
import id.portaldesa.media.UploadLimits;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.site.LogoService;
import id.portaldesa.site.Sites;
import id.portaldesa.village.VillageRef;
import jakarta.inject.Inject;
import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An upload the portal refuses (not an image, too big, too small) leaves the village's logo exactly
 * as it was: the stored image, and the version its public pages link to.
 */
@ExtendWith(ArquillianExtension.class)
class LogoRefusalIT {

    @Inject
    Fixtures fixtures;

    @Inject
    LogoService logos;

    @Inject
    Sites sites;

    @Test
    void aRefusedUploadKeepsTheOldLogo() throws Exception {
        VillageRef village = fixtures.freshVillage();
        fixtures.actAsAdminOf(village);
        MediaRef old = logos.replace(new Upload("logo.png", CrossVillageIsolationIT.png(new Color(0x1565c0))));
        byte[] tooBig = new byte[UploadLimits.IMAGE_MAX_BYTES + 1];
        byte[] pngHeader = CrossVillageIsolationIT.png(new Color(0x2e7d32));
        System.arraycopy(pngHeader, 0, tooBig, 0, pngHeader.length);
        byte[][] refused = {
            "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8),
            "GIF89a but not really".getBytes(StandardCharsets.US_ASCII),
            Arrays.copyOf(pngHeader, pngHeader.length / 2),
            tooBig,
            tinyPng(),
            new byte[0]
        };
        for (byte[] upload : refused) {
            BusinessException problem =
                    assertThrows(BusinessException.class, () -> logos.replace(new Upload("logo.png", upload)));
            String key = problem.getMessageKey();
            MediaRef kept = logos.current().orElseThrow(() -> new AssertionError("the logo is gone after " + key));
            assertEquals(old, kept, key);
            assertEquals(old.version(), sites.of(village.id()).logoVersion(), "public pages still link it: " + key);
        }
    }

    static byte[] tinyPng() throws java.io.IOException {
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
