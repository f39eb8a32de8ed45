package id.portaldesa.site;

import id.portaldesa.media.Upload;
import id.portaldesa.shared.seams.DemoContent;
import id.portaldesa.village.CurrentVillage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The demo villages' logos, drawn here (no file with a licence to track) and uploaded through the
 * media pipeline like an admin's own: a round emblem in the village's colour with hills, a river and
 * the sun, on transparency. Drawn with shapes only, so no font is needed on the server.
 */
@ApplicationScoped
public class LogoDemoContent implements DemoContent {

    private static final Map<String, Color> COLOURS = Map.of(
            "kungkai", new Color(0x2e7d32),
            "sungai-kapas", new Color(0x1565c0),
            "tambang-emas", new Color(0xb26a00));

    @Inject
    CurrentVillage currentVillage;

    @Inject
    LogoService logos;

    @Override
    public void fillCurrentVillage() {
        String slug = currentVillage.require().slug();
        Color colour = COLOURS.get(slug);
        if (colour != null) {
            logos.replace(new Upload("logo-" + slug + ".png", emblem(colour)));
        }
    }

    static byte[] emblem(Color colour) {
        int side = 512;
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(colour);
            g.fill(new Ellipse2D.Double(8, 8, side - 16, side - 16));
            g.setColor(new Color(0xffd54f));
            g.fill(new Ellipse2D.Double(300, 110, 100, 100));
            g.setColor(Color.WHITE);
            g.fill(new Polygon(new int[] {70, 200, 300, 380, 450}, new int[] {330, 170, 280, 210, 330}, 5));
            Path2D river = new Path2D.Double();
            river.moveTo(90, 400);
            river.curveTo(200, 350, 300, 450, 420, 390);
            g.setStroke(new BasicStroke(26, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(new Color(0xbbdefb));
            g.draw(river);
            g.setStroke(new BasicStroke(14));
            g.setColor(Color.WHITE);
            g.draw(new Ellipse2D.Double(28, 28, side - 56, side - 56));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
