package id.portaldesa.site.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class EscapedParagraphsTest {

    private final EscapedParagraphs policy = new EscapedParagraphs();

    @Test
    void paragraphs_are_kept_and_markup_is_escaped() {
        String safe = policy.sanitise("Satu <b>dua</b>\nbaris\n\n<script>alert('x')</script>");
        assertEquals(
                "<p>Satu &lt;b&gt;dua&lt;/b&gt;<br>baris</p>\n<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</p>",
                safe);
        assertFalse(safe.contains("<script"));
    }

    @Test
    void the_editor_gets_back_what_was_typed_and_search_the_plain_text() {
        String typed = "Anggaran 2026 & rencana\nkerja\n\n<i>catatan</i>";
        String safe = policy.sanitise(typed);
        assertEquals(typed, policy.editable(safe));
        assertEquals(safe, policy.sanitise(policy.editable(safe)), "saving unchanged changes nothing");
        assertEquals("Anggaran 2026 & rencana kerja <i>catatan</i>", policy.plainText(safe));
    }
}
