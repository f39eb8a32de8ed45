package id.portaldesa.media;

import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.Tokens;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.IIOImage;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageWriterSpi;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * An uploaded picture made safe to publish: sniffed, checked whole, its size read from the header and
 * bounded before any pixel is decoded, decoded (large ones at a fraction of their size, a few at a
 * time: {@link DecodingSlots}), turned upright by its EXIF orientation, scaled down into a box and
 * its variants, and encoded anew: JPEG, or PNG when it has transparency. Only these new pixels are
 * kept, so no EXIF (no GPS position), no colour profile, comment or anything appended to the file
 * survives.
 */
final class ImagePipeline {

    private static final Logger LOG = Logger.getLogger(ImagePipeline.class.getName());

    /** A picture's largest variant fits this box unless asked otherwise: 1280 wide, twice as tall. */
    static final int MAX_WIDTH = 1280;

    static final int MAX_HEIGHT = 2 * MAX_WIDTH;

    static final float JPEG_QUALITY = 0.82f;

    /** One resized picture, encoded. */
    record Variant(int width, int height, byte[] bytes) {}

    /** The variants, smallest first, all of one type; the version changes with any of their bytes. */
    record Result(StoredType type, List<Variant> variants, String version) {
        Variant largest() {
            return variants.get(variants.size() - 1);
        }
    }

    private final ImageReaders readers;
    private final DecodingSlots slots;

    ImagePipeline(ImageReaders readers, DecodingSlots slots) {
        this.readers = readers;
        this.slots = slots;
    }

    Result process(byte[] bytes) {
        return process(bytes, MAX_WIDTH, MAX_HEIGHT);
    }

    /** The picture's variants, its largest fitting {@code maxWidth × maxHeight} (never enlarged). */
    Result process(byte[] bytes, int maxWidth, int maxHeight) {
        SniffedType type = SniffedType.of(bytes);
        refuseUnlessImage(type);
        int orientation = 1;
        if (type == SniffedType.JPEG) {
            FileStructure.Jpeg jpeg = FileStructure.jpeg(bytes);
            if (!jpeg.complete()) {
                throw new BusinessException("media.truncated");
            }
            orientation = jpeg.orientation();
        } else if (!FileStructure.isComplete(type, bytes)) {
            throw new BusinessException("media.truncated");
        }
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = readers.readerFor(type);
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                checkDimensions(width, height);
                int decodeSide = Math.max(2 * maxWidth, maxHeight);
                int step = Math.max(1, Math.max(width, height) / decodeSide);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                int turn = orientation;
                return slots.run(() -> variants(reader.read(0, param), turn, maxWidth, maxHeight));
            } finally {
                reader.dispose();
            }
        } catch (BusinessException refused) {
            throw refused;
        } catch (IOException | RuntimeException e) {
            // A decoder's complaint names no secret, only what it found broken.
            LOG.log(Level.INFO, "An uploaded {0} could not be decoded: {1}", new Object[] {type, e.toString()});
            throw new BusinessException(type == SniffedType.WEBP ? "media.webpUnreadable" : "media.corrupt");
        }
    }

    private static void refuseUnlessImage(SniffedType type) {
        switch (type) {
            case JPEG, PNG, GIF, WEBP -> {}
            case SVG -> throw new BusinessException("media.svg");
            case HEIF -> throw new BusinessException("media.heif");
            default -> throw new BusinessException("media.notImage");
        }
    }

    static void checkDimensions(int width, int height) {
        if ((long) width * height > UploadLimits.MAX_PIXELS || Math.max(width, height) > UploadLimits.MAX_SIDE) {
            throw new BusinessException(
                    "media.tooManyPixels", UploadLimits.MAX_PIXELS / 1_000_000, UploadLimits.MAX_SIDE);
        }
        if (Math.min(width, height) < UploadLimits.MIN_SIDE) {
            throw new BusinessException("media.tooSmall", UploadLimits.MIN_SIDE);
        }
    }

    private static Result variants(BufferedImage decoded, int orientation, int maxWidth, int maxHeight)
            throws IOException {
        boolean swap = Pixels.swapsSides(orientation);
        int shownWidth = swap ? decoded.getHeight() : decoded.getWidth();
        int shownHeight = swap ? decoded.getWidth() : decoded.getHeight();
        double scale = Math.min(1.0, Math.min((double) maxWidth / shownWidth, (double) maxHeight / shownHeight));
        int width = Math.max(1, (int) Math.round(shownWidth * scale));
        int height = Math.max(1, (int) Math.round(shownHeight * scale));
        boolean alpha = decoded.getColorModel().hasAlpha();
        BufferedImage largest =
                Pixels.orient(Pixels.scale(decoded, swap ? height : width, swap ? width : height, alpha), orientation);
        if (alpha && !Pixels.hasTransparency(largest)) {
            alpha = false;
            largest = Pixels.toRgb(largest, false);
        }
        StoredType type = alpha ? StoredType.PNG : StoredType.JPEG;
        List<Variant> variants = new ArrayList<>();
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (int w : MediaRef.widthsFor(MediaKind.IMAGE, largest.getWidth())) {
            BufferedImage picture = w == largest.getWidth()
                    ? largest
                    : Pixels.scale(
                            largest,
                            w,
                            Math.max(1, (int) Math.round((double) largest.getHeight() * w / largest.getWidth())),
                            alpha);
            byte[] encoded = encode(picture, type);
            variants.add(new Variant(picture.getWidth(), picture.getHeight(), encoded));
            all.writeBytes(encoded);
        }
        return new Result(
                type, List.copyOf(variants), Tokens.sha256(all.toByteArray()).substring(0, 20));
    }

    /** Pixels only: no metadata is handed to the writer, so none is written. */
    static byte[] encode(BufferedImage picture, StoredType type) throws IOException {
        ImageWriter writer = writerFor(type);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (type == StoredType.JPEG) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
            }
            writer.write(null, new IIOImage(picture, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** The JDK's own writers, whatever else is registered in the JVM. */
    private static ImageWriter writerFor(StoredType type) throws IOException {
        String wanted = type == StoredType.PNG
                ? "com.sun.imageio.plugins.png.PNGImageWriterSpi"
                : "com.sun.imageio.plugins.jpeg.JPEGImageWriterSpi";
        var providers = IIORegistry.getDefaultInstance().getServiceProviders(ImageWriterSpi.class, false);
        while (providers.hasNext()) {
            ImageWriterSpi provider = providers.next();
            if (provider.getClass().getName().equals(wanted)) {
                return provider.createWriterInstance();
            }
        }
        throw new IllegalStateException("This JDK has no " + wanted);
    }
}
