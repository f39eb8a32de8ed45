package id.portaldesa.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.shared.BusinessException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class LogoImageTest {

    static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x2e7d32));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, format, out), format);
        return out.toByteArray();
    }

    static String refusal(byte[] upload) {
        return assertThrows(BusinessException.class, () -> LogoImage.of(upload)).getMessageKey();
    }

    @Test
    void aLargePhotoBecomesASmallPngWithItsProportions() throws IOException {
        LogoImage logo = LogoImage.of(image("jpeg", 1200, 600));
        assertEquals(128, logo.width());
        assertEquals(64, logo.height());
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(logo.png()));
        assertEquals(128, decoded.getWidth());
        assertEquals(new Color(0x2e7d32).getGreen(), new Color(decoded.getRGB(2, 2)).getGreen(), 12);
        assertTrue(logo.png().length < 20_000, logo.png().length + " bytes");
        assertTrue(logo.fingerprint().matches("[0-9a-f]{32}"));
    }

    @Test
    void aHugePictureIsDecodedAtAFractionOfItsSize() throws IOException {
        LogoImage logo = LogoImage.of(image("png", 4800, 1200));
        assertEquals(128, logo.width());
        assertEquals(32, logo.height());
    }

    @Test
    void aSmallLogoIsNotBlownUp() throws IOException {
        LogoImage logo = LogoImage.of(image("png", 40, 50));
        assertEquals(40, logo.width());
        assertEquals(50, logo.height());
        assertEquals(
                logo.fingerprint(), LogoImage.of(image("png", 40, 50)).fingerprint(), "same picture, same version");
        assertNotEquals(logo.fingerprint(), LogoImage.of(image("png", 50, 50)).fingerprint());
    }

    @Test
    void onlyThePixelsSurviveNotWhatWasAppendedToTheFile() throws IOException {
        byte[] payload = "<?php system($_GET['c']); ?>".getBytes(StandardCharsets.US_ASCII);
        byte[] png = image("png", 64, 64);
        byte[] polyglot = Arrays.copyOf(png, png.length + payload.length);
        System.arraycopy(payload, 0, polyglot, png.length, payload.length);

        byte[] stored = LogoImage.of(polyglot).png();
        assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains("<?php"));
        assertArrayEquals(LogoImage.of(png).png(), stored);
    }

    @Test
    void whatIsNotAFittingImageIsRefusedWithAReason() throws IOException {
        assertEquals("site.logo.empty", refusal(new byte[0]));
        assertEquals("site.logo.empty", refusal(null));
        assertEquals("site.logo.notImage", refusal("<?php echo 1; ?>".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("site.logo.notImage", refusal(image("bmp", 64, 64)), "only PNG, JPEG and GIF");
        byte[] png = image("png", 64, 64);
        assertEquals("site.logo.notImage", refusal(Arrays.copyOf(png, png.length / 2)), "a cut-off file");
        assertEquals("site.logo.dimensions", refusal(image("png", 8, 64)));
        assertEquals("site.logo.dimensions", refusal(image("png", 6000, 20)));
        assertEquals("site.logo.tooLarge", refusal(new byte[LogoImage.MAX_UPLOAD_BYTES + 1]));
    }
}
