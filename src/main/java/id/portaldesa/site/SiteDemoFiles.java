package id.portaldesa.site;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * The demo villages' pictures and documents, made here (Java2D drawings and a small PDF written by
 * hand), so the demo ships no photo or file with a licence of its own: a landscape for the home page,
 * a portrait silhouette per official, and an APBDes summary as a PDF.
 */
public final class SiteDemoFiles {

    private SiteDemoFiles() {}

    /** A river landscape at dawn, 1600×900, in the village's colour. */
    public static byte[] landscape(Color accent, long seed) {
        int w = 1600;
        int h = 900;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        smooth(g);
        g.setPaint(new GradientPaint(0, 0, new Color(0xf6c27a), 0, h * 0.55f, new Color(0x8ec5e8)));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(0xfff3c4));
        g.fill(new Ellipse2D.Double(w * 0.68, h * 0.16, 150, 150));
        Random random = new Random(seed);
        Color[] hills = {new Color(0x6f9a74), new Color(0x4d7d55), accent.darker()};
        for (int layer = 0; layer < hills.length; layer++) {
            Path2D hill = new Path2D.Double();
            double base = h * (0.48 + layer * 0.09);
            hill.moveTo(0, h);
            hill.lineTo(0, base);
            for (int x = 0; x <= w; x += 80) {
                hill.lineTo(x, base - 40 - random.nextInt(90) + layer * 10);
            }
            hill.lineTo(w, h);
            hill.closePath();
            g.setColor(hills[layer]);
            g.fill(hill);
        }
        g.setPaint(new GradientPaint(0, h * 0.78f, new Color(0x5b9bc8), 0, h, new Color(0x2f6f99)));
        Path2D river = new Path2D.Double();
        river.moveTo(0, h * 0.80);
        river.curveTo(w * 0.3, h * 0.74, w * 0.6, h * 0.90, w, h * 0.82);
        river.lineTo(w, h);
        river.lineTo(0, h);
        river.closePath();
        g.fill(river);
        // Stilt houses along the bank.
        for (int i = 0; i < 5; i++) {
            int x = 180 + i * 260 + random.nextInt(60);
            int y = (int) (h * 0.66) + random.nextInt(20);
            g.setColor(new Color(0x7a4e2d));
            g.fillRect(x, y, 120, 60);
            g.setColor(new Color(0x5a3620));
            g.fillPolygon(new int[] {x - 15, x + 60, x + 135}, new int[] {y, y - 50, y}, 3);
            g.setColor(new Color(0xf3d9a4));
            g.fillRect(x + 20, y + 18, 22, 22);
            g.fillRect(x + 75, y + 18, 22, 22);
            g.setStroke(new BasicStroke(6));
            g.setColor(new Color(0x4a2e1a));
            g.drawLine(x + 10, y + 60, x + 10, y + 95);
            g.drawLine(x + 110, y + 60, x + 110, y + 95);
        }
        g.dispose();
        return jpeg(image);
    }

    /** A portrait silhouette in a round frame, 480×480, shirt in the given colour. */
    public static byte[] portrait(Color shirt, Color background, boolean headscarf) {
        int s = 480;
        BufferedImage image = new BufferedImage(s, s, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        smooth(g);
        g.setPaint(new GradientPaint(0, 0, background.brighter(), 0, s, background));
        g.fillRect(0, 0, s, s);
        g.setColor(shirt);
        g.fill(new Ellipse2D.Double(s * 0.14, s * 0.62, s * 0.72, s * 0.62));
        g.setColor(new Color(0xc68e5f));
        g.fillRect((int) (s * 0.44), (int) (s * 0.52), (int) (s * 0.12), (int) (s * 0.14));
        g.fill(new Ellipse2D.Double(s * 0.32, s * 0.2, s * 0.36, s * 0.4));
        g.setColor(headscarf ? shirt.darker() : new Color(0x2b2118));
        if (headscarf) {
            g.fill(new Ellipse2D.Double(s * 0.28, s * 0.14, s * 0.44, s * 0.36));
            g.fillRect((int) (s * 0.28), (int) (s * 0.32), (int) (s * 0.44), (int) (s * 0.26));
            g.setColor(new Color(0xc68e5f));
            g.fill(new Ellipse2D.Double(s * 0.35, s * 0.25, s * 0.30, s * 0.33));
        } else {
            g.fill(new Ellipse2D.Double(s * 0.31, s * 0.16, s * 0.38, s * 0.2));
            g.setColor(new Color(0x1f1f1f));
            g.fillRect((int) (s * 0.36), (int) (s * 0.11), (int) (s * 0.28), (int) (s * 0.1));
        }
        g.dispose();
        return jpeg(image);
    }

    /** A one-page PDF with a title and lines of text (Helvetica, no embedded font), for the APBDes. */
    public static byte[] pdf(String title, List<String> lines) {
        StringBuilder content = new StringBuilder("BT /F1 18 Tf 56 780 Td (")
                .append(pdfText(title))
                .append(") Tj ET\n");
        int y = 740;
        for (String line : lines) {
            content.append("BT /F1 11 Tf 56 ")
                    .append(y)
                    .append(" Td (")
                    .append(pdfText(line))
                    .append(") Tj ET\n");
            y -= 18;
        }
        List<String> objects = new ArrayList<>();
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        objects.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >>"
                + " /Contents 4 0 R >>");
        byte[] stream = content.toString().getBytes(StandardCharsets.ISO_8859_1);
        objects.add("<< /Length " + stream.length + " >>\nstream\n" + content + "endstream");
        objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (int offset : offsets) {
            table.append(String.format("%010d 00000 n \n", offset));
        }
        write(
                out,
                table + "trailer\n<< /Size " + (objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + xref
                        + "\n%%EOF\n");
        return out.toByteArray();
    }

    private static String pdfText(String text) {
        return text.replace("\\", "\\\\")
                .replace("(", "\\(")
                .replace(")", "\\)")
                .replaceAll("[^\\x20-\\xff]", "-");
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static void smooth(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    private static byte[] jpeg(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
