package id.portaldesa.media;

import static id.portaldesa.media.TestPictures.contains;
import static id.portaldesa.media.TestPictures.read;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.shared.BusinessException;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImagePipelineTest {

    private final ImagePipeline pipeline = TestPictures.pipeline();

    private String refusal(byte[] upload) {
        return assertThrows(BusinessException.class, () -> pipeline.process(upload))
                .getMessageKey();
    }

    private static List<Integer> widths(ImagePipeline.Result result) {
        return result.variants().stream().map(ImagePipeline.Variant::width).toList();
    }

    @Test
    void aFullSizePhonePhotoBecomesThreeVariantsAndNoneIsUpscaled() {
        ImagePipeline.Result photo = pipeline.process(TestPictures.jpeg(4000, 3000));
        assertEquals(StoredType.JPEG, photo.type());
        assertEquals(List.of(320, 640, 1280), widths(photo));
        for (ImagePipeline.Variant v : photo.variants()) {
            BufferedImage decoded = read(v.bytes());
            assertEquals(v.width(), decoded.getWidth());
            assertEquals(v.width() * 3 / 4, decoded.getHeight(), "proportions kept");
            assertEquals(v.height(), decoded.getHeight());
        }
        assertTrue(photo.largest().bytes().length < 300_000, photo.largest().bytes().length + " bytes");

        ImagePipeline.Result small = pipeline.process(TestPictures.jpeg(500, 300));
        assertEquals(List.of(320, 500), widths(small), "the picture's own width, never more");
        assertEquals(List.of(100), widths(pipeline.process(TestPictures.jpeg(100, 80))));
    }

    @Test
    void aHugePictureIsDecodedAtAFractionOfItsSizeAndFitsTheBox() {
        // 12,000 × 2,000: decoded at a third of its size, then fitted 1280 wide.
        ImagePipeline.Result panorama = pipeline.process(TestPictures.jpeg(12_000, 2_000));
        assertEquals(1280, panorama.largest().width());
        assertEquals(213, panorama.largest().height(), 1);
        // A tall one is bounded by its height: at most twice the largest width.
        ImagePipeline.Result tall = pipeline.process(TestPictures.jpeg(1_000, 6_000));
        assertEquals(2560, tall.largest().height());
        assertEquals(427, tall.largest().width(), 1);
        assertEquals(List.of(320, 427), widths(tall));
    }

    @Test
    void aLogoFitsItsSquare() {
        ImagePipeline.Result logo = pipeline.process(TestPictures.jpeg(1200, 600), 256, 256);
        assertEquals(List.of(256), widths(logo));
        assertEquals(128, logo.largest().height());
    }

    @Test
    void anImageBombIsRefusedFromItsHeaderBeforeAnyPixelIsDecoded() {
        byte[] bomb = TestPictures.pngClaiming(100_000, 100_000);
        assertTrue(bomb.length < 1000, bomb.length + " bytes claiming ten gigapixels");
        assertEquals("media.tooManyPixels", refusal(bomb));
        assertEquals("media.tooManyPixels", refusal(TestPictures.pngClaiming(30_000, 100)), "too long a side");
        assertEquals("media.tooSmall", refusal(TestPictures.png(new BufferedImage(8, 64, BufferedImage.TYPE_INT_RGB))));
    }

    @Test
    void exifOrientationIsAppliedFirst() {
        byte[] sideways =
                TestPictures.withExif(TestPictures.jpeg(TestPictures.halves(200, 100, Color.RED, Color.BLUE)), 6);
        ImagePipeline.Result upright = pipeline.process(sideways);
        BufferedImage picture = read(upright.largest().bytes());
        assertEquals(100, picture.getWidth(), "turned a quarter: width and height swap");
        assertEquals(200, picture.getHeight());
        // A quarter turn clockwise puts the left half (red) on top.
        assertTrue(isRed(picture.getRGB(50, 20)), new Color(picture.getRGB(50, 20)).toString());
        assertTrue(isBlue(picture.getRGB(50, 180)), new Color(picture.getRGB(50, 180)).toString());

        BufferedImage anticlockwise = read(pipeline.process(TestPictures.withExif(
                        TestPictures.jpeg(TestPictures.halves(200, 100, Color.RED, Color.BLUE)), 8))
                .largest()
                .bytes());
        assertTrue(isBlue(anticlockwise.getRGB(50, 20)), "8 turns the other way");
        BufferedImage mirrored = read(pipeline.process(TestPictures.withExif(
                        TestPictures.jpeg(TestPictures.halves(200, 100, Color.RED, Color.BLUE)), 2))
                .largest()
                .bytes());
        assertEquals(200, mirrored.getWidth());
        assertTrue(isBlue(mirrored.getRGB(20, 50)), "2 mirrors");
    }

    @Test
    void noMetadataSurvivesNotEvenThePhotosPosition() {
        byte[] photo = TestPictures.withExif(TestPictures.jpeg(2000, 1500), 1);
        assertTrue(contains(photo, TestPictures.SECRET), "the upload carries the position");
        assertTrue(contains(photo, "Exif"));
        ImagePipeline.Result stored = pipeline.process(photo);
        assertEquals(3, stored.variants().size());
        for (ImagePipeline.Variant v : stored.variants()) {
            assertFalse(contains(v.bytes(), TestPictures.SECRET), "no GPS note in the " + v.width() + " variant");
            assertFalse(contains(v.bytes(), "Exif"), "no EXIF at all in the " + v.width() + " variant");
            assertFalse(contains(v.bytes(), "MM\0*"), "no TIFF structure");
            assertNoSegments(v.bytes(), 0xE1, 0xE2, 0xED, 0xFE);
        }
    }

    @Test
    void onlyThePixelsSurviveNotWhatWasAppendedToTheFile() {
        byte[] png = TestPictures.png(TestPictures.gradient(64, 64));
        byte[] payload = TestPictures.text("<?php system($_GET['c']); ?>");
        byte[] polyglot = Arrays.copyOf(png, png.length + payload.length);
        System.arraycopy(payload, 0, polyglot, png.length, payload.length);
        ImagePipeline.Result stored = pipeline.process(polyglot);
        assertFalse(contains(stored.largest().bytes(), "<?php"));
        assertArrayEquals(
                pipeline.process(png).largest().bytes(), stored.largest().bytes());
        assertEquals(pipeline.process(png).version(), stored.version(), "same pixels, same version");
        assertNotEquals(
                pipeline.process(TestPictures.png(TestPictures.gradient(64, 65)))
                        .version(),
                stored.version());
    }

    @Test
    void aCmykJpegIsReadInColour() {
        ImagePipeline.Result cyan = pipeline.process(TestPictures.cmykJpeg(64, 48, 255, 0, 0, 0));
        assertEquals(StoredType.JPEG, cyan.type());
        Color c = new Color(read(cyan.largest().bytes()).getRGB(32, 24));
        assertTrue(c.getRed() < 100 && c.getGreen() > 120 && c.getBlue() > 180, "cyan ink reads as cyan: " + c);
        Color k = new Color(read(pipeline.process(TestPictures.cmykJpeg(64, 48, 0, 0, 0, 255))
                        .largest()
                        .bytes())
                .getRGB(32, 24));
        assertTrue(k.getRed() < 80 && k.getGreen() < 80 && k.getBlue() < 80, "black ink reads as black: " + k);
        Color ycck = new Color(read(pipeline.process(TestPictures.ycckJpeg(64, 48, 255, 0, 0, 0))
                        .largest()
                        .bytes())
                .getRGB(32, 24));
        assertTrue(
                ycck.getRed() < 100 && ycck.getGreen() > 120 && ycck.getBlue() > 180,
                "cyan ink saved as YCCK reads as cyan: " + ycck);
    }

    @Test
    void transparencyIsKeptAsPngAndAnOpaquePngBecomesJpeg() {
        ImagePipeline.Result disc = pipeline.process(TestPictures.transparentPng(300, 300));
        assertEquals(StoredType.PNG, disc.type());
        assertEquals(0, read(disc.largest().bytes()).getRGB(0, 0) >>> 24, "the corner stays transparent");
        assertEquals(
                StoredType.JPEG,
                pipeline.process(TestPictures.png(TestPictures.gradient(300, 200)))
                        .type());
        assertEquals(
                StoredType.JPEG,
                pipeline.process(TestPictures.gif(TestPictures.gradient(300, 200)))
                        .type());
    }

    @Test
    void webpIsRead() {
        ImagePipeline.Result lossy = pipeline.process(TestPictures.WEBP_LOSSY);
        assertEquals(StoredType.JPEG, lossy.type());
        BufferedImage picture = read(lossy.largest().bytes());
        assertEquals(48, picture.getWidth());
        Color left = new Color(picture.getRGB(6, 16));
        Color right = new Color(picture.getRGB(42, 16));
        assertTrue(left.getGreen() > left.getRed() + 40, "green on the left: " + left);
        assertTrue(right.getRed() > 180 && right.getGreen() > 140, "yellow on the right: " + right);
        ImagePipeline.Result alpha = pipeline.process(TestPictures.WEBP_ALPHA);
        assertEquals(StoredType.PNG, alpha.type());
    }

    @Test
    void whatIsNoPictureIsRefusedWithItsReason() {
        assertEquals("media.notImage", refusal(TestPictures.text("<?php echo 1; ?> renamed foto.jpg")));
        assertEquals("media.notImage", refusal(TestPictures.write(TestPictures.gradient(64, 64), "bmp")));
        assertEquals(
                "media.svg",
                refusal(
                        TestPictures.text(
                                "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")));
        assertEquals("media.notImage", refusal(TestPictures.text("%PDF-1.7\n%%EOF")), "a document is no picture");
        byte[] heic = new byte[64];
        System.arraycopy(TestPictures.text("\0\0\0\u0018ftypheic"), 0, heic, 0, 12);
        assertEquals("media.heif", refusal(heic));
    }

    @Test
    void aCutOffFileIsRefusedAsIncomplete() {
        byte[] jpeg = TestPictures.jpeg(800, 600);
        assertEquals("media.truncated", refusal(Arrays.copyOf(jpeg, jpeg.length * 2 / 3)));
        assertEquals("media.truncated", refusal(Arrays.copyOf(jpeg, jpeg.length - 2)), "only the end marker missing");
        byte[] exif = TestPictures.withExif(jpeg, 1);
        assertEquals("media.truncated", refusal(Arrays.copyOf(exif, 400)), "cut inside the EXIF segment");
        byte[] png = TestPictures.png(TestPictures.gradient(300, 200));
        assertEquals("media.truncated", refusal(Arrays.copyOf(png, png.length / 2)));
        byte[] gif = TestPictures.gif(TestPictures.gradient(300, 200));
        assertEquals("media.truncated", refusal(Arrays.copyOf(gif, gif.length - 30)));
        assertEquals(
                "media.truncated",
                refusal(Arrays.copyOf(TestPictures.WEBP_LOSSY, TestPictures.WEBP_LOSSY.length - 10)));
    }

    @Test
    void brokenPixelDataIsRefusedNotAnError() {
        byte[] png = TestPictures.png(TestPictures.gradient(300, 200));
        byte[] broken = png.clone();
        for (int i = 60; i < broken.length - 20; i += 7) {
            broken[i] = (byte) (broken[i] ^ 0x5a);
        }
        assertEquals("media.corrupt", refusal(broken));
    }

    private static boolean isRed(int rgb) {
        Color c = new Color(rgb);
        return c.getRed() > 200 && c.getBlue() < 60;
    }

    private static boolean isBlue(int rgb) {
        Color c = new Color(rgb);
        return c.getBlue() > 200 && c.getRed() < 60;
    }

    /** None of these JPEG segments (APP1 EXIF/XMP, APP2 ICC, APP13 IPTC, COM) is in the file. */
    private static void assertNoSegments(byte[] jpeg, int... markers) {
        int i = 2;
        while (i + 3 < jpeg.length && (jpeg[i] & 0xFF) == 0xFF) {
            int marker = jpeg[i + 1] & 0xFF;
            if (marker == 0xDA) {
                return;
            }
            for (int forbidden : markers) {
                assertNotEquals(forbidden, marker, "segment " + Integer.toHexString(marker));
            }
            i += 2 + (((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF));
        }
    }
}
