package id.portaldesa.site.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SanitisedRichTextTest {

    private final SanitisedRichText policy = new SanitisedRichText();

    @Test
    void blank_lines_make_paragraphs_and_known_markup_stays() {
        String safe = policy.sanitise("Anggaran <strong>2026</strong>\nbaris dua\n\n<ul><li>Jalan</li></ul>");
        assertTrue(safe.startsWith("<p>Anggaran <strong>2026</strong><br />baris dua</p>"), safe);
        assertTrue(safe.contains("<ul><li>Jalan</li></ul>"), safe);
        assertEquals("Anggaran 2026 baris dua Jalan", policy.plainText(safe));
    }

    @Test
    void the_editor_gets_paragraphs_back_and_saving_unchanged_changes_nothing() {
        String safe = policy.sanitise("Satu &amp; dua\n\nTiga <em>empat</em>");
        String editable = policy.editable(safe);
        assertEquals("Satu &amp; dua\n\nTiga <em>empat</em>", editable);
        assertEquals(safe, policy.sanitise(editable));
    }

    @Test
    void scripts_handlers_styles_and_javascript_links_never_survive() throws IOException {
        List<String> payloads;
        try (InputStream in = getClass().getResourceAsStream("/xss/payloads.txt")) {
            payloads = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("# "))
                    .toList();
        }
        assertTrue(payloads.size() >= 50, "the shared corpus: " + payloads.size());
        for (String payload : payloads) {
            String safe = policy.sanitise("Judul\n\n" + payload).toLowerCase(java.util.Locale.ROOT);
            assertFalse(safe.contains("<script"), payload + " -> " + safe);
            assertFalse(safe.matches("(?s).*<[^>]+\\son[a-z]+\\s*=.*"), payload + " -> " + safe);
            assertFalse(
                    safe.matches("(?s).*(href|src)\\s*=\\s*\"?\\s*(javascript|vbscript|data):.*"),
                    payload + " -> " + safe);
            assertFalse(
                    safe.contains("<iframe") || safe.contains("<style") || safe.contains("<img"),
                    payload + " -> " + safe);
        }
    }
}
