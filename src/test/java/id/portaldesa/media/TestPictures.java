package id.portaldesa.media;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Pictures made for the tests, as cameras, phones and editors write them, including broken ones. */
public final class TestPictures {

    /** 48×32, left half green, right half yellow: made with cwebp 1.2.4 (lossy, q 90). */
    public static final byte[] WEBP_LOSSY = Base64.getDecoder()
            .decode("UklGRlgAAABXRUJQVlA4IEwAAABwBACdASowACAAPjEUiEKiISEYBAAgAwSgDP2UF+AfgBqhXAPwAAPka0hcAAD"
                    + "+8ZRf/GLu0/UEaveb8GX//FtR4/zqOlNm4AAAAAAA");

    /** 48×32, a blue disc on transparency: made with cwebp 1.2.4 (lossless). */
    public static final byte[] WEBP_ALPHA = Base64.getDecoder()
            .decode("UklGRmIAAABXRUJQVlA4TFYAAAAvL8AHEA8wZVMxwPMf8HBU27abbPowEiIl0hJpSEECw84Z0RxE9D8AlwleYa"
                    + "kNxzpwqoFzjVxqen/U/P6q/qni9eej5vdLTe/nGjnVwLEOLLXBK7hMAA==");

    /** What the GPS block of {@link #withExif} names, to find it in any stored byte. */
    public static final String SECRET = "Kebun kopi Pak Darto, -2.0833 102.4167";

    private TestPictures() {}

    /** A pipeline like the node's, with one decoding slot. */
    static ImagePipeline pipeline() {
        return new ImagePipeline(new ImageReaders(), new DecodingSlots(1, Duration.ofSeconds(2)));
    }

    /** A photo-like picture: a diagonal gradient from green to yellow. */
    public static BufferedImage gradient(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0x2e7d32), width, height, new Color(0xffc107)));
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    /** Left half one colour, right half another. */
    public static BufferedImage halves(int width, int height, Color left, Color right) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(left);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(right);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return image;
    }

    public static byte[] jpeg(BufferedImage image) {
        return write(image, "jpeg");
    }

    public static byte[] jpeg(int width, int height) {
        return jpeg(gradient(width, height));
    }

    public static byte[] png(BufferedImage image) {
        return write(image, "png");
    }

    public static byte[] gif(BufferedImage image) {
        return write(image, "gif");
    }

    /** A disc on a transparent background. */
    public static byte[] transparentPng(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1565c0));
        g.fillOval(0, 0, width, height);
        g.dispose();
        return png(image);
    }

    public static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static BufferedImage read(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The JPEG with an EXIF segment as a phone camera writes it, right after SOI: IFD0 with the
     * orientation, a description and a pointer to a GPS block (latitude reference, latitude and a
     * note holding {@link #SECRET}).
     */
    public static byte[] withExif(byte[] jpeg, int orientation) {
        byte[] secret = (SECRET + "\0").getBytes(StandardCharsets.US_ASCII);
        int ifd0 = 8;
        int ifd0Entries = 3;
        int gps = ifd0 + 2 + 12 * ifd0Entries + 4;
        int gpsEntries = 3;
        int data = gps + 2 + 12 * gpsEntries + 4;
        int latitude = data;
        int note = latitude + 24;
        int description = note + secret.length;
        ByteBuffer tiff = ByteBuffer.allocate(description + secret.length); // big-endian, "MM"
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(ifd0);
        tiff.putShort((short) ifd0Entries);
        entry(tiff, 0x010E, 2, secret.length, description); // ImageDescription
        tiff.putShort((short) 0x0112)
                .putShort((short) 3)
                .putInt(1)
                .putShort((short) orientation)
                .putShort((short) 0);
        entry(tiff, 0x8825, 4, 1, gps); // GPS IFD pointer
        tiff.putInt(0);
        tiff.putShort((short) gpsEntries);
        tiff.putShort((short) 0x0001)
                .putShort((short) 2)
                .putInt(2)
                .put((byte) 'S')
                .put((byte) 0)
                .putShort((short) 0);
        entry(tiff, 0x0002, 5, 3, latitude); // GPSLatitude
        entry(tiff, 0x001B, 7, secret.length, note); // GPSProcessingMethod, here a note
        tiff.putInt(0);
        tiff.putInt(2).putInt(1).putInt(5).putInt(1).putInt(30).putInt(1);
        tiff.put(secret);
        tiff.put(secret);
        byte[] body = tiff.array();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        int length = 2 + 6 + body.length;
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(body);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static void entry(ByteBuffer tiff, int tag, int type, int count, int offset) {
        tiff.putShort((short) tag).putShort((short) type).putInt(count).putInt(offset);
    }

    /**
     * A CMYK JPEG as Photoshop writes it: four channels, an Adobe segment saying "no colour
     * transform", and the values inverted (0 is full ink).
     */
    public static byte[] cmykJpeg(int width, int height, int c, int m, int y, int k) {
        return adobeJpeg(width, height, new int[] {255 - c, 255 - m, 255 - y, 255 - k}, 0);
    }

    /**
     * The same ink as a YCCK JPEG (Adobe transform 2), as Photoshop saves CMYK: the inks' inverse as
     * YCbCr, and black.
     */
    public static byte[] ycckJpeg(int width, int height, int c, int m, int y, int k) {
        int luma = (int) Math.round(0.299 * c + 0.587 * m + 0.114 * y);
        int cb = (int) Math.round(128 - 0.168736 * c - 0.331264 * m + 0.5 * y);
        int cr = (int) Math.round(128 + 0.5 * c - 0.418688 * m - 0.081312 * y);
        return adobeJpeg(width, height, new int[] {clamp(luma), clamp(cb), clamp(cr), 255 - k}, 2);
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }

    private static byte[] adobeJpeg(int width, int height, int[] inverted, int transform) {
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, width, height, 4, null);
        for (int row = 0; row < height; row++) {
            for (int col = 0; col < width; col++) {
                raster.setPixel(col, row, inverted);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = jdkJpegWriter();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(raster, null, null), writer.getDefaultWriteParam());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        byte[] raw = out.toByteArray();
        byte[] adobe = {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, (byte) transform};
        ByteArrayOutputStream cmyk = new ByteArrayOutputStream();
        cmyk.write(raw, 0, 2);
        cmyk.writeBytes(adobe);
        cmyk.write(raw, 2, raw.length - 2);
        return cmyk.toByteArray();
    }

    /** The JDK's own writer (TwelveMonkeys' may be registered too): it writes four channels as they are. */
    private static ImageWriter jdkJpegWriter() {
        java.util.Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        while (writers.hasNext()) {
            ImageWriter writer = writers.next();
            if (writer.getClass().getName().startsWith("com.sun.")) {
                return writer;
            }
            writer.dispose();
        }
        throw new IllegalStateException("no JDK JPEG writer");
    }

    /**
     * A PNG whose header claims {@code width × height} pixels, with one tiny compressed row: the
     * shape of an image bomb (a few hundred bytes that would decode to gigabytes).
     */
    public static byte[] pngClaiming(int width, int height) {
        byte[] real = png(new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB));
        ByteBuffer bytes = ByteBuffer.wrap(real.clone());
        bytes.putInt(16, width).putInt(20, height); // IHDR data starts after signature, length and type
        byte[] bomb = bytes.array();
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(bomb, 12, 4 + 13);
        ByteBuffer.wrap(bomb).putInt(12 + 4 + 13, (int) crc.getValue());
        return bomb;
    }

    /** What a person may send that is plainly no picture, named {@code .jpg} or not. */
    public static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }
}
