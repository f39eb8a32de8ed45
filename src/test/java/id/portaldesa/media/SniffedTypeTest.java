package id.portaldesa.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The type comes from the bytes: a name or a declared type never enters into it. */
class SniffedTypeTest {

    static SniffedType of(String text) {
        return SniffedType.of(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void picturesAndDocumentsAreToldByTheirFirstBytes() {
        BufferedImage picture = TestPictures.gradient(32, 32);
        assertEquals(SniffedType.JPEG, SniffedType.of(TestPictures.jpeg(picture)));
        assertEquals(SniffedType.PNG, SniffedType.of(TestPictures.png(picture)));
        assertEquals(SniffedType.GIF, SniffedType.of(TestPictures.gif(picture)));
        assertEquals(SniffedType.WEBP, SniffedType.of(TestPictures.WEBP_LOSSY));
        assertEquals(SniffedType.JPEG, SniffedType.of(TestPictures.cmykJpeg(16, 16, 0, 0, 0, 0)));
        assertEquals(SniffedType.PDF, of("%PDF-1.7\n%âãÏÓ\n"));
        assertEquals(SniffedType.OTHER, SniffedType.of(TestPictures.write(picture, "bmp")));
    }

    @Test
    void svgIsRecognisedHoweverItStarts() {
        assertEquals(SniffedType.SVG, of("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"));
        assertEquals(SniffedType.SVG, of("\uFEFF  <?xml version=\"1.0\"?>\n<!DOCTYPE svg>\n<SVG onload=alert(1)>"));
        assertEquals(SniffedType.SVG, of("<!-- logo -->\n<svg/>"));
        assertEquals(
                SniffedType.SVG,
                SniffedType.of("<svg onload=alert(1)/>".getBytes(StandardCharsets.UTF_16LE)),
                "UTF-16 text");
        assertEquals(SniffedType.OTHER, of("<html><body>halo</body></html>"));
    }

    @Test
    void renamedFilesAreWhatTheyAre() {
        assertEquals(SniffedType.OTHER, of("<?php system($_GET['c']); ?>"));
        assertEquals(SniffedType.OTHER, of("MZ\u0090\u0000 an executable named foto.jpg"));
        assertEquals(SniffedType.OTHER, of("GIF8 but not really"));
        assertEquals(SniffedType.OTHER, SniffedType.of(new byte[] {(byte) 0xFF, (byte) 0xD8}));
        assertEquals(SniffedType.OTHER, SniffedType.of(new byte[0]));
        assertEquals(SniffedType.OTHER, SniffedType.of(null));
        assertEquals(SniffedType.HEIF, of("\0\0\0\u0018ftypheic\0\0\0\0mif1heic"));
        assertEquals(SniffedType.HEIF, of("\0\0\0\u001cftypavif\0\0\0\0avifmif1"));
        assertEquals(SniffedType.OTHER, of("\0\0\0\u0018ftypisom\0\0\0\0"), "an MP4 video");
    }
}
