package id.portaldesa.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The XSS corpus typed by a guest into complaints (description, location, name) and by the office
 * into replies, internal notes and a "problem solved" story comes out inert on every page that shows
 * complaint content: the tracking page, the office's queue and detail, the stories page and the home
 * page.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ComplaintsXssIT {

    @BeforeAll
    static void mail() {
        Mailbox.start();
    }

    /** The corpus in chunks that fit a complaint's 4,000 characters. */
    static List<String> chunks(List<String> payloads, int max) {
        List<String> chunks = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        for (String p : payloads) {
            if (chunk.length() + p.length() + 1 > max && chunk.length() > 0) {
                chunks.add(chunk.toString());
                chunk.setLength(0);
            }
            chunk.append(p).append('\n');
        }
        if (chunk.length() > 0) {
            chunks.add(chunk.toString());
        }
        return chunks;
    }

    @Test
    void everyPayloadRendersInertOnEveryComplaintPage() throws Exception {
        ParticipationVillages.Village v = ParticipationVillages.create();
        List<String> payloads = CatalogueXssIT.PAYLOADS;
        assertTrue(payloads.size() >= 50, "the corpus has " + payloads.size());
        String prefix = v.prefix();
        Http official = v.as(v.base().officialEmail());
        Http admin = v.as(v.base().adminEmail());
        List<String> tracks = new ArrayList<>();
        int n = 0;
        for (String chunk : chunks(payloads, 3900)) {
            String email = "xss-" + n++ + "-" + System.nanoTime() + "@contoh.test";
            Http guest = new Http();
            ComplaintsIT.Filed filed = ComplaintsIT.fileAsGuest(guest, prefix, email, chunk, true);
            ComplaintsIT.confirm(ComplaintsIT.awaitMailLink(email, "/pengaduan/konfirmasi"), v);
            tracks.add(filed.trackPath());
            Element row = official.get(prefix + "/kantor/pengaduan").html().select("a.complaint-row").stream()
                    .filter(a -> a.text().equals(filed.reference()))
                    .findFirst()
                    .orElseThrow();
            String detail = prefix + "/kantor/pengaduan/detail?id=" + row.attr("data-id");
            Http.Page page = official.get(detail);
            page = official.submit(page, "message", Map.of("kind", "REPLY", "text", chunk), "send");
            page = official.submit(page, "message", Map.of("kind", "NOTE", "text", chunk), "send");
            page = official.submit(
                    page, "act", Map.of("status", "RESOLVED", "note", payloads.get(n % payloads.size())), "move");
            assertEquals(200, page.status(), page.text());
            String title = payloads.get(n % payloads.size());
            admin.submit(
                    admin.get(detail),
                    "story",
                    Map.of("title", title.length() > 150 ? title.substring(0, 150) : title, "text", chunk),
                    "publish");
            officeInert(official.get(detail), "office detail " + n);
        }
        Http visitor = new Http();
        for (String track : tracks) {
            CatalogueXssIT.inert(visitor.get(track), "tracking page " + track);
        }
        CatalogueXssIT.inert(visitor.get(prefix + "/pengaduan/selesai"), "stories");
        CatalogueXssIT.inert(visitor.get(prefix + "/"), "home");
        officeInert(official.get(prefix + "/kantor/pengaduan"), "queue");
    }

    /** A back-office page: its own scripts carry the CSP nonce; nothing typed became markup. */
    static void officeInert(Http.Page page, String where) {
        assertEquals(200, page.status(), where);
        assertTrue(page.html().select("script:not([nonce])").isEmpty(), where + ": a script without nonce");
        page.html()
                .getAllElements()
                .forEach(e -> e.attributes()
                        .forEach(a -> assertTrue(
                                !a.getKey().toLowerCase().startsWith("on"),
                                where + ": handler " + a + " on " + e.tagName())));
        for (String tag : List.of("iframe", "object", "embed", "svg", "math", "base", "details")) {
            assertTrue(page.html().body().select(tag).isEmpty(), where + ": a " + tag + " element");
        }
    }
}
