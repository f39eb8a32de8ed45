package id.portaldesa.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class SiteDemoFilesTest {

    @Test
    void the_demo_pictures_are_real_jpegs_of_their_size() throws Exception {
        BufferedImage landscape =
                ImageIO.read(new ByteArrayInputStream(SiteDemoFiles.landscape(new Color(0x2e7d32), 1)));
        assertEquals(1600, landscape.getWidth());
        assertEquals(900, landscape.getHeight());
        BufferedImage portrait =
                ImageIO.read(new ByteArrayInputStream(SiteDemoFiles.portrait(Color.BLUE, Color.GRAY, true)));
        assertEquals(480, portrait.getWidth());
    }

    @Test
    void the_demo_pdf_has_a_header_a_cross_reference_table_that_points_at_its_objects_and_an_end() {
        byte[] pdf = SiteDemoFiles.pdf("APBDes (2026)", List.of("Pendapatan: Rp1.000.000.000"));
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("%PDF-1.4"));
        assertTrue(text.endsWith("%%EOF\n"));
        int xref = Integer.parseInt(text.replaceAll("(?s).*startxref\n(\\d+)\n%%EOF\n$", "$1"));
        assertTrue(text.startsWith("xref", xref), "startxref points at the table");
        int firstObject = Integer.parseInt(text.substring(xref).split("\n")[3].substring(0, 10));
        assertTrue(text.startsWith("1 0 obj", firstObject), "the table points at object 1");
        assertTrue(text.contains("(APBDes \\(2026\\)) Tj"), "parentheses escaped");
    }
}
