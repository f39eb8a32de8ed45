package id.portaldesa.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PageLinksTest {

    final PageLinks links = new PageLinks();

    @Test
    void aShortTextIsKeptWithItsSpacesTidied() {
        assertEquals("Panen raya di Kungkai", links.summary("  Panen   raya\n di Kungkai ", 200));
        assertEquals("", links.summary(null, 200));
    }

    @Test
    void aLongTextIsCutAtAWordWithAnEllipsis() {
        String summary = links.summary("Warga desa bergotong royong membersihkan saluran irigasi sawah", 30);
        assertEquals("Warga desa bergotong royong…", summary);
        assertTrue(summary.length() <= 30);
    }

    @Test
    void aTextWithoutSpacesIsCutWhereItMustBe() {
        String summary = links.summary("x".repeat(50), 20);
        assertEquals(20, summary.length());
        assertTrue(summary.endsWith("…"));
    }
}
