package id.portaldesa.shared.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

public class RichTextTest {

    /** The public cheat sheets' payloads (src/test/resources/xss/payloads.txt). */
    public static List<String> payloads() throws IOException {
        try (InputStream in = RichTextTest.class.getResourceAsStream("/xss/payloads.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("# "))
                    .toList();
        }
    }

    static final RichText OWN_MEDIA = RichText.withMedia(id -> id == 12L);

    /** What a browser would make of the output: nothing that runs, loads or styles. */
    public static void assertInert(String html, String payload) {
        Document doc = Jsoup.parseBodyFragment(html);
        for (Element e : doc.body().getAllElements()) {
            if (e == doc.body()) {
                continue;
            }
            String tag = e.tagName().toLowerCase(Locale.ROOT);
            assertFalse(
                    List.of(
                                    "script",
                                    "style",
                                    "iframe",
                                    "frame",
                                    "frameset",
                                    "object",
                                    "embed",
                                    "svg",
                                    "math",
                                    "link",
                                    "meta",
                                    "base",
                                    "form",
                                    "input",
                                    "button",
                                    "textarea",
                                    "select",
                                    "video",
                                    "audio",
                                    "source",
                                    "details",
                                    "marquee",
                                    "noscript",
                                    "isindex",
                                    "keygen",
                                    "body",
                                    "table")
                            .contains(tag),
                    "element <" + tag + "> survived " + payload + " → " + html);
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                assertFalse(name.startsWith("on"), "handler " + name + " survived " + payload + " → " + html);
                assertFalse(name.equals("style"), "style survived " + payload + " → " + html);
                if (name.equals("href")) {
                    assertTrue(
                            Pattern.compile("(?i)^(https?://|mailto:)")
                                    .matcher(a.getValue())
                                    .find(),
                            "link " + a.getValue() + " survived " + payload);
                }
                if (name.equals("src")) {
                    assertEquals("media:12", a.getValue(), "picture survived " + payload);
                }
            }
        }
    }

    @Test
    void everyPayloadOfTheCorpusComesOutInert() throws IOException {
        List<String> corpus = payloads();
        assertTrue(corpus.size() >= 50, "a corpus of at least 50 payloads: " + corpus.size());
        for (String payload : corpus) {
            assertInert(OWN_MEDIA.sanitize(payload), payload);
            // Also inside the markup staff may use, as a link address and as a picture's source.
            assertInert(OWN_MEDIA.sanitize("<p><a href=\"" + payload + "\">x</a></p>"), payload);
            assertInert(OWN_MEDIA.sanitize("<p><img src=\"" + payload + "\" alt=\"" + payload + "\"></p>"), payload);
        }
    }

    @Test
    void theAllowedMarkupSurvives() {
        String html = "<h2>Musdes</h2><p><strong>Tebal</strong> dan <em>miring</em></p>"
                + "<ul><li>satu</li></ul><ol><li>dua</li></ol><blockquote><p>kutipan</p></blockquote>";
        assertEquals(html, RichText.withoutImages().sanitize(html));
    }

    @Test
    void linksKeepHttpHttpsAndMailtoOnlyAndOpenWithoutHandingThePageOver() {
        RichText text = RichText.withoutImages();
        String https = text.sanitize("<a href=\"https://jdih.merangin.go.id/perdes\">Perdes</a>");
        assertTrue(https.contains("href=\"https://jdih.merangin.go.id/perdes\""), https);
        assertTrue(https.contains("rel=\"nofollow noopener noreferrer\""), https);
        assertTrue(
                text.sanitize("<a href=\"mailto:desa@kungkai.test\">surel</a>").contains("mailto:"));
        for (String address : List.of(
                "javascript:alert(1)",
                "data:text/html,x",
                "vbscript:x",
                "ftp://x.test/",
                "//evil.test/",
                "/kungkai/masuk",
                "media:12",
                "file:///etc/passwd")) {
            String out = text.sanitize("<a href=\"" + address + "\">x</a>");
            assertFalse(out.contains("href"), address + " → " + out);
            assertTrue(out.contains("x"), "the text of the link stays: " + out);
        }
    }

    @Test
    void picturesOnlyFromTheVillagesOwnMedia() {
        assertEquals(
                "<img src=\"media:12\" alt=\"Balai desa\" />",
                OWN_MEDIA.sanitize("<img src=\"media:12\" alt=\"Balai desa\" onerror=\"alert(1)\">"));
        assertEquals("", OWN_MEDIA.sanitize("<img src=\"media:13\" alt=\"of another village\">"));
        assertEquals("", OWN_MEDIA.sanitize("<img src=\"https://evil.test/x.png\">"));
        assertEquals("", OWN_MEDIA.sanitize("<img src=\"data:image/png;base64,AAAA\">"));
        assertEquals("", RichText.withoutImages().sanitize("<img src=\"media:12\">"));
        assertEquals(Optional.of(12L), RichText.mediaId("media:12"));
        assertEquals(Optional.empty(), RichText.mediaId("media:12x"));
    }

    @Test
    void plainTextDropsMarkupAndDecodesEntities() {
        assertEquals(
                "Musdes Kungkai & \"BPD\" <2026> 'ok'",
                RichText.plainText("<h2>Musdes</h2><p>Kungkai &amp; &#34;BPD&#34; &lt;2026&gt; &#39;ok&#39;</p>"));
        assertEquals("", RichText.plainText(null));
    }
}
