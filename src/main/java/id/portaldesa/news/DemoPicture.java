package id.portaldesa.news;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * A village landscape drawn with Java2D for the demo articles' covers: sky, sun, hills, rice terraces,
 * a river and houses, in the colours of a morning, a noon or an evening. Made here, so the demo ships
 * no photo of anyone and needs no licence.
 */
final class DemoPicture {

    static final int WIDTH = 1280;
    static final int HEIGHT = 720;

    private record Palette(Color skyTop, Color skyBottom, Color sun, Color far, Color near, Color field, Color river) {}

    private static final Palette[] PALETTES = {
        new Palette(
                new Color(0x8ec5ff),
                new Color(0xfde7c3),
                new Color(0xffd54f),
                new Color(0x5d8a66),
                new Color(0x3d7a45),
                new Color(0x9ccc65),
                new Color(0x4fa3d1)),
        new Palette(
                new Color(0x4aa3ff),
                new Color(0xc7e7ff),
                new Color(0xfff59d),
                new Color(0x4e7d5a),
                new Color(0x2e6b3a),
                new Color(0x7cb342),
                new Color(0x2f8fc4)),
        new Palette(
                new Color(0xff8a65),
                new Color(0xffe0b2),
                new Color(0xffb74d),
                new Color(0x6d6a4f),
                new Color(0x4e5b31),
                new Color(0xc0ca33),
                new Color(0x7e8fb5)),
        new Palette(
                new Color(0x9fa8da),
                new Color(0xf8bbd0),
                new Color(0xfff3e0),
                new Color(0x56735e),
                new Color(0x35603f),
                new Color(0xaed581),
                new Color(0x5c9fc9))
    };

    private DemoPicture() {}

    /** The picture as a JPEG; {@code index} picks the light and the landscape. */
    static byte[] jpeg(int index) {
        Palette p = PALETTES[Math.floorMod(index, PALETTES.length)];
        Random random = new Random(31L * index + 7);
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, p.skyTop(), 0, HEIGHT * 0.6f, p.skyBottom()));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(p.sun());
            int sunX = 200 + random.nextInt(880);
            g.fillOval(sunX, 90 + random.nextInt(80), 110, 110);
            hills(g, p.far(), 330, 90, random);
            hills(g, p.near(), 410, 70, random);
            g.setColor(p.field());
            g.fillRect(0, 470, WIDTH, HEIGHT - 470);
            g.setColor(p.field().darker());
            g.setStroke(new BasicStroke(3f));
            for (int y = 490; y < HEIGHT; y += 28) {
                g.drawLine(0, y, WIDTH, y + (y - 470) / 6);
            }
            river(g, p.river(), random);
            for (int i = 0; i < 4; i++) {
                house(g, 120 + i * 260 + random.nextInt(80), 420 + random.nextInt(30), random);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        try {
            ImageIO.write(image, "jpeg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void hills(Graphics2D g, Color color, int base, int height, Random random) {
        Path2D hill = new Path2D.Double();
        hill.moveTo(0, HEIGHT);
        hill.lineTo(0, base);
        for (int x = 0; x <= WIDTH; x += 160) {
            hill.quadTo(x + 80, base - height - random.nextInt(height), x + 160, base + random.nextInt(30) - 15);
        }
        hill.lineTo(WIDTH, HEIGHT);
        hill.closePath();
        g.setColor(color);
        g.fill(hill);
    }

    private static void river(Graphics2D g, Color color, Random random) {
        Path2D river = new Path2D.Double();
        int start = 500 + random.nextInt(300);
        river.moveTo(start, 470);
        river.curveTo(start - 200, 560, start + 200, 620, start - 100, HEIGHT);
        river.lineTo(start + 120, HEIGHT);
        river.curveTo(start + 360, 620, start + 60, 560, start + 40, 470);
        river.closePath();
        g.setColor(color);
        g.fill(river);
    }

    private static void house(Graphics2D g, int x, int y, Random random) {
        g.setColor(new Color(0x8d6e63));
        g.fillRect(x, y, 70, 50);
        g.setColor(new Color(0x6d4c41));
        g.fillRect(x + 28, y + 22, 16, 28);
        g.setColor(random.nextBoolean() ? new Color(0xb71c1c) : new Color(0x5d4037));
        g.fillPolygon(new Polygon(new int[] {x - 12, x + 35, x + 82}, new int[] {y, y - 34, y}, 3));
    }
}
