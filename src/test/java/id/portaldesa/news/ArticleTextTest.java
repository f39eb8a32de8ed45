package id.portaldesa.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.shared.html.RichText;
import org.junit.jupiter.api.Test;

class ArticleTextTest {

    static final RichText OWN = RichText.withMedia(id -> id == 7L);

    static String saved(String source) {
        return OWN.sanitize(ArticleText.toHtml(source));
    }

    @Test
    void theSyntaxBecomesMarkup() {
        assertEquals(
                "<h2>Tiga prioritas</h2><ul><li>Jalan</li><li>Posyandu</li></ul>"
                        + "<p>Baris satu<br />baris <strong>dua</strong> dan <em>miring</em></p>"
                        + "<ol><li>satu</li><li>dua</li></ol><blockquote><p>Kerja bersama</p></blockquote>",
                saved("## Tiga prioritas\n- Jalan\n* Posyandu\n\nBaris satu\nbaris **dua** dan _miring_\n\n"
                        + "1. satu\n2. dua\n> Kerja bersama"));
    }

    @Test
    void linksAndOwnPicturesWork() {
        assertEquals(
                "<p>Lihat <a href=\"https://jdih.test/perdes\" rel=\"nofollow noopener noreferrer\">Perdes</a></p>",
                saved("Lihat [Perdes](https://jdih.test/perdes)"));
        assertEquals("<p><img src=\"media:7\" alt=\"Balai desa\" /></p>", saved("![Balai desa](media:7)"));
        assertFalse(saved("![x](media:8)").contains("img"), "another village's picture is dropped");
        assertFalse(saved("![x](https://evil.test/x.png)").contains("img"));
    }

    @Test
    void htmlTypedIsTextAndBadLinksLoseTheirAddress() {
        String out = saved("<script>alert(1)</script> <b onclick=x>tebal</b>");
        assertFalse(out.contains("<script"), out);
        assertFalse(out.contains("<b"), out);
        assertTrue(RichText.plainText(out).contains("<script>alert(1)</script>"), "shown as text: " + out);
        String link = saved("[klik](javascript:alert(1))");
        assertFalse(link.contains("href"), link);
        assertFalse(link.contains("javascript"), link);
        String quoted = saved("[klik](https://x.test/\"onmouseover=\"alert(1))");
        assertFalse(quoted.contains("onmouseover=\""), quoted);
    }

    @Test
    void everyPayloadOfTheCorpusTypedIntoTheEditorIsInert() throws Exception {
        for (String payload : id.portaldesa.shared.html.RichTextTest.payloads()) {
            id.portaldesa.shared.html.RichTextTest.assertInert(
                    RichText.withMedia(id -> id == 12L).sanitize(ArticleText.toHtml(payload)), payload);
            id.portaldesa.shared.html.RichTextTest.assertInert(
                    RichText.withMedia(id -> id == 12L).sanitize(ArticleText.toHtml("[x](" + payload + ")")), payload);
        }
    }
}
