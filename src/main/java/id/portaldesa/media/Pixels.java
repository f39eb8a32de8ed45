package id.portaldesa.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Operations on decoded pictures: turning them upright and scaling them down smoothly. */
final class Pixels {

    private Pixels() {}

    /** Whether an EXIF orientation turns the picture a quarter, so that its width and height swap. */
    static boolean swapsSides(int orientation) {
        return orientation >= 5 && orientation <= 8;
    }

    /**
     * The picture as it is meant to be seen, given its EXIF orientation: 2 mirrored, 3 turned half,
     * 4 flipped, 5 transposed, 6 turned a quarter clockwise, 7 transversed, 8 a quarter anticlockwise.
     */
    static BufferedImage orient(BufferedImage source, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return source;
        }
        int w = source.getWidth();
        int h = source.getHeight();
        boolean swap = swapsSides(orientation);
        int dw = swap ? h : w;
        int dh = swap ? w : h;
        int[] from = source.getRGB(0, 0, w, h, null, 0, w);
        int[] to = new int[from.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int tx;
                int ty;
                switch (orientation) {
                    case 2 -> {
                        tx = w - 1 - x;
                        ty = y;
                    }
                    case 3 -> {
                        tx = w - 1 - x;
                        ty = h - 1 - y;
                    }
                    case 4 -> {
                        tx = x;
                        ty = h - 1 - y;
                    }
                    case 5 -> {
                        tx = y;
                        ty = x;
                    }
                    case 6 -> {
                        tx = h - 1 - y;
                        ty = x;
                    }
                    case 7 -> {
                        tx = h - 1 - y;
                        ty = w - 1 - x;
                    }
                    default -> { // 8
                        tx = y;
                        ty = w - 1 - x;
                    }
                }
                to[ty * dw + tx] = from[y * w + x];
            }
        }
        BufferedImage target = new BufferedImage(dw, dh, source.getType());
        target.setRGB(0, 0, dw, dh, to, 0, dw);
        return target;
    }

    /**
     * The picture drawn into plain 8-bit RGB (ARGB when it has transparency), whatever the decoder
     * gave: indexed colours, grey, 16 bits, or another colour space.
     */
    static BufferedImage toRgb(BufferedImage source, boolean alpha) {
        int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        if (source.getType() == type) {
            return source;
        }
        return draw(source, source.getWidth(), source.getHeight(), type);
    }

    /** Whether any pixel is not fully opaque (an alpha channel that is all opaque does not count). */
    static boolean hasTransparency(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return false;
        }
        int w = image.getWidth();
        int[] row = new int[w];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int argb : row) {
                if ((argb >>> 24) != 0xFF) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Scales down (never up) into 8-bit RGB, or ARGB with {@code alpha}, halving first so that large
     * pictures stay smooth. The first step already draws into that type, so no full-size copy is made.
     */
    static BufferedImage scale(BufferedImage source, int width, int height, boolean alpha) {
        int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        if (width >= source.getWidth() && height >= source.getHeight()) {
            return toRgb(source, alpha);
        }
        BufferedImage current = source;
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2, type);
        }
        return draw(current, width, height, type);
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, int type) {
        BufferedImage target = new BufferedImage(width, height, type);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }
}
