package id.portaldesa.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FileStructureTest {

    @Test
    void aWholeJpegEndsWithItsMarkerAndACutOneDoesNot() {
        byte[] jpeg = TestPictures.jpeg(300, 200);
        assertTrue(FileStructure.jpeg(jpeg).complete());
        for (int length : new int[] {4, 20, 200, jpeg.length / 2, jpeg.length - 2, jpeg.length - 1}) {
            assertFalse(FileStructure.jpeg(Arrays.copyOf(jpeg, length)).complete(), "cut at " + length);
        }
        byte[] trailing = Arrays.copyOf(jpeg, jpeg.length + 100);
        assertTrue(FileStructure.jpeg(trailing).complete(), "bytes after the end are no harm");
    }

    @Test
    void theEndMarkerOfAnExifThumbnailIsNotTheEndOfThePicture() {
        // An EXIF segment holding a whole small JPEG (as cameras store their thumbnail), then a cut picture.
        byte[] thumbnail = TestPictures.jpeg(16, 16);
        byte[] photo = TestPictures.jpeg(400, 300);
        byte[] exif = new byte[2 + 2 + 6 + thumbnail.length];
        int length = exif.length - 2;
        exif[0] = (byte) 0xFF;
        exif[1] = (byte) 0xE1;
        exif[2] = (byte) (length >> 8);
        exif[3] = (byte) length;
        System.arraycopy("Exif\0\0".getBytes(StandardCharsets.US_ASCII), 0, exif, 4, 6);
        System.arraycopy(thumbnail, 0, exif, 10, thumbnail.length);
        byte[] withThumbnail = new byte[photo.length + exif.length];
        System.arraycopy(photo, 0, withThumbnail, 0, 2);
        System.arraycopy(exif, 0, withThumbnail, 2, exif.length);
        System.arraycopy(photo, 2, withThumbnail, 2 + exif.length, photo.length - 2);
        assertTrue(FileStructure.jpeg(withThumbnail).complete());
        assertFalse(FileStructure.jpeg(Arrays.copyOf(withThumbnail, withThumbnail.length - 500))
                .complete());
    }

    @Test
    void theOrientationIsReadFromExifOfEitherByteOrder() {
        byte[] jpeg = TestPictures.jpeg(64, 48);
        assertEquals(1, FileStructure.jpeg(jpeg).orientation(), "none given");
        for (int orientation = 1; orientation <= 8; orientation++) {
            assertEquals(
                    orientation,
                    FileStructure.jpeg(TestPictures.withExif(jpeg, orientation)).orientation());
        }
        assertEquals(1, FileStructure.jpeg(TestPictures.withExif(jpeg, 9)).orientation(), "nonsense is ignored");
        // The same IFD written little-endian ("II").
        byte[] tiff = {'I', 'I', 42, 0, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, 6, 0, 0, 0, 0, 0, 0, 0};
        byte[] segment = new byte[6 + tiff.length];
        System.arraycopy("Exif\0\0".getBytes(StandardCharsets.US_ASCII), 0, segment, 0, 6);
        System.arraycopy(tiff, 0, segment, 6, tiff.length);
        assertEquals(6, FileStructure.exifOrientation(segment, 0, segment.length));
    }

    @Test
    void hostileOffsetsInExifAreIgnored() {
        byte[] tiff = {'M', 'M', 0, 42, 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xf0};
        byte[] segment = new byte[6 + tiff.length + 4];
        System.arraycopy("Exif\0\0".getBytes(StandardCharsets.US_ASCII), 0, segment, 0, 6);
        System.arraycopy(tiff, 0, segment, 6, tiff.length);
        assertEquals(1, FileStructure.exifOrientation(segment, 0, segment.length));
        byte[] manyEntries = {'M', 'M', 0, 42, 0, 0, 0, 8, (byte) 0xff, (byte) 0xff};
        byte[] second = new byte[6 + manyEntries.length];
        System.arraycopy("Exif\0\0".getBytes(StandardCharsets.US_ASCII), 0, second, 0, 6);
        System.arraycopy(manyEntries, 0, second, 6, manyEntries.length);
        assertEquals(1, FileStructure.exifOrientation(second, 0, second.length), "65535 entries claimed, none there");
    }

    @Test
    void pngGifWebpAndPdfAreCheckedWhole() {
        byte[] png = TestPictures.png(TestPictures.gradient(100, 60));
        assertTrue(FileStructure.pngComplete(png));
        assertFalse(FileStructure.pngComplete(Arrays.copyOf(png, png.length - 1)));
        assertFalse(FileStructure.pngComplete(Arrays.copyOf(png, 40)));
        byte[] gif = TestPictures.gif(TestPictures.gradient(100, 60));
        assertTrue(FileStructure.gifComplete(gif));
        assertFalse(FileStructure.gifComplete(Arrays.copyOf(gif, gif.length - 1)));
        assertFalse(FileStructure.gifComplete(Arrays.copyOf(gif, gif.length / 2)));
        assertTrue(FileStructure.webpComplete(TestPictures.WEBP_ALPHA));
        assertFalse(FileStructure.webpComplete(Arrays.copyOf(TestPictures.WEBP_ALPHA, 60)));
        byte[] pdf = "%PDF-1.4\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        assertTrue(FileStructure.pdfComplete(pdf));
        assertFalse(FileStructure.pdfComplete(Arrays.copyOf(pdf, pdf.length - 4)));
    }
}
