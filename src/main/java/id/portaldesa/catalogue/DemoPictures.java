package id.portaldesa.catalogue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Pictures for the demo villages' products and destinations, drawn here with Java2D (so they are
 * ours to ship): simple still lifes of chips, coffee, honey, woven mats, palm sugar, and landscapes
 * of rivers, waterfalls and gardens. JPEG, 1200×900, like a phone photo scaled down.
 */
final class DemoPictures {

    /** What a picture shows. */
    enum Motif {
        CHIPS,
        COFFEE,
        HONEY,
        WEAVING,
        SUGAR,
        FISH,
        RIVER,
        WATERFALL,
        GARDEN
    }

    static final int WIDTH = 1200;
    static final int HEIGHT = 900;

    private DemoPictures() {}

    static byte[] jpeg(Motif motif, long seed) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Random random = new Random(seed);
            switch (motif) {
                case CHIPS -> chips(g, random);
                case COFFEE -> coffee(g, random);
                case HONEY -> honey(g, random);
                case WEAVING -> weaving(g, random);
                case SUGAR -> sugar(g, random);
                case FISH -> fish(g, random);
                case RIVER -> river(g, random);
                case WATERFALL -> waterfall(g, random);
                case GARDEN -> garden(g, random);
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

    private static void table(Graphics2D g, Color top, Color bottom) {
        g.setPaint(new GradientPaint(0, 0, top, 0, HEIGHT, bottom));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(0x8d6e63));
        g.fillRect(0, (int) (HEIGHT * 0.7), WIDTH, HEIGHT);
        g.setColor(new Color(0x795548));
        for (int y = (int) (HEIGHT * 0.72); y < HEIGHT; y += 38) {
            g.drawLine(0, y, WIDTH, y + 6);
        }
    }

    private static void chips(Graphics2D g, Random r) {
        table(g, new Color(0xfff8e1), new Color(0xffe0b2));
        g.setColor(new Color(0xe65100));
        g.fill(new RoundRectangle2D.Double(380, 180, 440, 520, 60, 60));
        g.setColor(new Color(0xffcc80));
        g.fill(new RoundRectangle2D.Double(430, 300, 340, 200, 30, 30));
        for (int i = 0; i < 40; i++) {
            double x = 120 + r.nextDouble() * 960;
            double y = 600 + r.nextDouble() * 240;
            g.setColor(new Color(0xf9a825).darker().brighter());
            g.fill(new Ellipse2D.Double(x, y, 70 + r.nextInt(30), 40 + r.nextInt(20)));
            g.setColor(new Color(0x6d4c41));
            g.fill(new Ellipse2D.Double(x + 20, y + 10, 18, 10));
        }
    }

    private static void coffee(Graphics2D g, Random r) {
        table(g, new Color(0xefebe9), new Color(0xd7ccc8));
        g.setColor(new Color(0xfafafa));
        g.fill(new RoundRectangle2D.Double(430, 380, 300, 260, 40, 40));
        g.setStroke(new BasicStroke(26));
        g.drawArc(690, 430, 120, 140, -90, 180);
        g.setColor(new Color(0x4e342e));
        g.fill(new Ellipse2D.Double(450, 370, 260, 60));
        g.setStroke(new BasicStroke(10, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(0xbcaaa4));
        for (int i = 0; i < 3; i++) {
            Path2D steam = new Path2D.Double();
            steam.moveTo(520 + i * 60, 340);
            steam.curveTo(490 + i * 60, 280, 560 + i * 60, 240, 520 + i * 60, 180);
            g.draw(steam);
        }
        g.setColor(new Color(0x3e2723));
        for (int i = 0; i < 60; i++) {
            g.fill(new Ellipse2D.Double(80 + r.nextDouble() * 300, 680 + r.nextDouble() * 160, 34, 24));
        }
    }

    private static void honey(Graphics2D g, Random r) {
        table(g, new Color(0xfffde7), new Color(0xfff59d));
        g.setColor(new Color(0xffb300));
        g.fill(new RoundRectangle2D.Double(440, 260, 320, 440, 70, 70));
        g.setColor(new Color(0xffe082));
        g.fill(new RoundRectangle2D.Double(470, 300, 70, 340, 30, 30));
        g.setColor(new Color(0x5d4037));
        g.fill(new RoundRectangle2D.Double(470, 200, 260, 80, 20, 20));
        g.setColor(new Color(0xffffff));
        g.fill(new RoundRectangle2D.Double(520, 420, 160, 110, 16, 16));
        g.setColor(new Color(0xf57f17));
        for (int i = 0; i < 7; i++) {
            double x = 100 + r.nextDouble() * 250;
            double y = 150 + r.nextDouble() * 350;
            hexagon(g, x, y, 40);
        }
    }

    private static void hexagon(Graphics2D g, double cx, double cy, double size) {
        Path2D hex = new Path2D.Double();
        for (int i = 0; i < 6; i++) {
            double a = Math.PI / 3 * i;
            double x = cx + size * Math.cos(a);
            double y = cy + size * Math.sin(a);
            if (i == 0) {
                hex.moveTo(x, y);
            } else {
                hex.lineTo(x, y);
            }
        }
        hex.closePath();
        g.setStroke(new BasicStroke(6));
        g.draw(hex);
    }

    private static void weaving(Graphics2D g, Random r) {
        Color[] strands = {new Color(0xc8a165), new Color(0x8d6e63), new Color(0x2e7d32), new Color(0xb71c1c)};
        int band = 60;
        for (int y = 0; y < HEIGHT; y += band) {
            for (int x = 0; x < WIDTH; x += band) {
                boolean over = ((x + y) / band) % 2 == 0;
                g.setColor(strands[(over ? x / band : y / band + 1) % strands.length]);
                g.fillRect(x, y, band, band);
                g.setColor(new Color(0, 0, 0, 40));
                if (over) {
                    g.fillRect(x, y + band - 8, band, 8);
                } else {
                    g.fillRect(x + band - 8, y, 8, band);
                }
            }
        }
        g.setColor(new Color(255, 255, 255, 30 + r.nextInt(20)));
        g.fillRect(0, 0, WIDTH, HEIGHT / 3);
    }

    private static void sugar(Graphics2D g, Random r) {
        table(g, new Color(0xfbe9e7), new Color(0xffccbc));
        for (int i = 0; i < 9; i++) {
            double x = 250 + (i % 3) * 240 + r.nextInt(30);
            double y = 320 + (i / 3) * 150 + r.nextInt(20);
            g.setColor(new Color(0x6d3b1f));
            g.fill(new Ellipse2D.Double(x, y, 200, 120));
            g.setColor(new Color(0x8d5524));
            g.fill(new Ellipse2D.Double(x + 20, y + 10, 160, 80));
        }
    }

    private static void fish(Graphics2D g, Random r) {
        table(g, new Color(0xe3f2fd), new Color(0xbbdefb));
        for (int i = 0; i < 5; i++) {
            double x = 150 + i * 190;
            double y = 380 + r.nextInt(120);
            g.setColor(new Color(0x8d6e63));
            g.fill(new Ellipse2D.Double(x, y, 260, 110));
            Path2D tail = new Path2D.Double();
            tail.moveTo(x + 250, y + 55);
            tail.lineTo(x + 320, y + 10);
            tail.lineTo(x + 320, y + 100);
            tail.closePath();
            g.fill(tail);
            g.setColor(new Color(0x212121));
            g.fill(new Ellipse2D.Double(x + 30, y + 35, 16, 16));
        }
    }

    private static void sky(Graphics2D g) {
        g.setPaint(new GradientPaint(0, 0, new Color(0x81d4fa), 0, HEIGHT / 2f, new Color(0xe1f5fe)));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(0xfff59d));
        g.fill(new Ellipse2D.Double(900, 80, 120, 120));
    }

    private static void hills(Graphics2D g, Random r, Color color, int base) {
        Path2D hill = new Path2D.Double();
        hill.moveTo(0, HEIGHT);
        hill.lineTo(0, base);
        for (int x = 0; x <= WIDTH; x += 150) {
            hill.quadTo(x + 75, base - 80 - r.nextInt(90), x + 150, base - r.nextInt(40));
        }
        hill.lineTo(WIDTH, HEIGHT);
        hill.closePath();
        g.setColor(color);
        g.fill(hill);
    }

    private static void river(Graphics2D g, Random r) {
        sky(g);
        hills(g, r, new Color(0x558b2f), 420);
        hills(g, r, new Color(0x33691e), 520);
        Path2D water = new Path2D.Double();
        water.moveTo(520, 520);
        water.curveTo(380, 650, 900, 720, 600, HEIGHT);
        water.lineTo(1000, HEIGHT);
        water.curveTo(1150, 720, 640, 640, 620, 520);
        water.closePath();
        g.setColor(new Color(0x4fc3f7));
        g.fill(water);
        g.setColor(new Color(0x6d4c41));
        g.fill(new RoundRectangle2D.Double(700, 760, 160, 26, 12, 12));
    }

    private static void waterfall(Graphics2D g, Random r) {
        sky(g);
        hills(g, r, new Color(0x2e7d32), 300);
        g.setColor(new Color(0x5d4037));
        g.fillRect(380, 260, 440, 420);
        g.setPaint(new GradientPaint(0, 260, new Color(0xe1f5fe), 0, 700, new Color(0x81d4fa)));
        g.fillRect(500, 260, 200, 460);
        g.setColor(new Color(0x29b6f6));
        g.fill(new Ellipse2D.Double(300, 640, 600, 200));
        g.setColor(new Color(0x1b5e20));
        for (int i = 0; i < 12; i++) {
            g.fill(new Ellipse2D.Double(r.nextInt(300), 500 + r.nextInt(300), 120, 90));
            g.fill(new Ellipse2D.Double(900 + r.nextInt(300), 500 + r.nextInt(300), 120, 90));
        }
    }

    private static void garden(Graphics2D g, Random r) {
        sky(g);
        hills(g, r, new Color(0x7cb342), 380);
        for (int row = 0; row < 6; row++) {
            for (int i = 0; i < 10; i++) {
                double x = i * 130 + (row % 2) * 60 + r.nextInt(20);
                double y = 420 + row * 80;
                g.setColor(new Color(0x33691e));
                g.fill(new Ellipse2D.Double(x, y, 100, 70));
                g.setColor(new Color(0xc62828));
                g.fill(new Ellipse2D.Double(x + 40, y + 30, 12, 12));
            }
        }
    }
}
