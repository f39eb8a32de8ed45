package id.portaldesa.site;

import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.Tokens;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Semaphore;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * An uploaded logo made safe to publish: decoded as a PNG, JPEG or GIF image, scaled to fit
 * {@value #SIDE}×{@value #SIDE} pixels and written anew as PNG. Only the pixels survive, never the
 * uploaded bytes, so no camera metadata, no script disguised as an image and no payload appended to
 * one reaches a visitor; and the small size suits slow mobile links.
 */
public record LogoImage(byte[] png, int width, int height, String fingerprint) {

    public static final int MAX_UPLOAD_BYTES = 2 * 1024 * 1024;
    public static final int SIDE = 128;
    static final int MIN_SOURCE_SIDE = 16;
    static final int MAX_SOURCE_SIDE = 5000;
    /** Large pictures are decoded at a fraction of their size, never above this many pixels a side. */
    static final int MAX_DECODED_SIDE = 1024;
    /** Decoding takes memory and CPU: only this many uploads are decoded at once on a node. */
    private static final Semaphore DECODING = new Semaphore(2);

    private static final Set<String> FORMATS = Set.of("png", "jpeg", "gif");

    public static LogoImage of(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw new BusinessException("site.logo.empty");
        }
        if (upload.length > MAX_UPLOAD_BYTES) {
            throw new BusinessException("site.logo.tooLarge", MAX_UPLOAD_BYTES / (1024 * 1024));
        }
        BufferedImage logo = fitInto(decode(upload), SIDE);
        byte[] png = encodePng(logo);
        return new LogoImage(
                png, logo.getWidth(), logo.getHeight(), Tokens.sha256(png).substring(0, 32));
    }

    private static BufferedImage decode(byte[] upload) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new BusinessException("site.logo.notImage");
            }
            ImageReader reader = readers.next();
            try {
                if (!FORMATS.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) {
                    throw new BusinessException("site.logo.notImage");
                }
                reader.setInput(in, true, true);
                // The size comes from the header, before any pixel is decoded: a tiny file that claims
                // to be enormous is refused without filling the memory.
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (Math.min(width, height) < MIN_SOURCE_SIDE || Math.max(width, height) > MAX_SOURCE_SIDE) {
                    throw new BusinessException("site.logo.dimensions", MIN_SOURCE_SIDE, MAX_SOURCE_SIDE);
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (Math.max(width, height) + MAX_DECODED_SIDE - 1) / MAX_DECODED_SIDE;
                param.setSourceSubsampling(step, step, 0, 0);
                return readOneAtATime(reader, param);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof BusinessException business) {
                throw business;
            }
            throw new BusinessException("site.logo.notImage");
        }
    }

    private static BufferedImage readOneAtATime(ImageReader reader, ImageReadParam param) throws IOException {
        try {
            DECODING.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusinessException("site.logo.notImage");
        }
        try {
            return reader.read(0, param);
        } finally {
            DECODING.release();
        }
    }

    /** Scales down (never up) to fit a square, halving first so that large photos stay smooth. */
    static BufferedImage fitInto(BufferedImage source, int side) {
        double scale = Math.min(1.0, (double) side / Math.max(source.getWidth(), source.getHeight()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
        BufferedImage current = source;
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        return draw(current, width, height);
    }

    private static BufferedImage draw(BufferedImage source, int width, int height) {
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static byte[] encodePng(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
