package id.portaldesa.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every news page, action and API of village B, tried through village A (by A's slug and by A's own
 * domain) and by A's admin: nothing of B is seen, nothing of B changes, and everything answers like a
 * record that does not exist (404). The services' side (every action with B's ids) is {@code
 * it.container.NewsIsolationIT}.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class NewsCrossVillageIT {

    @Test
    void villageBsNewsIsNowhereInVillageA() throws Exception {
        TestVillages.Village a = TestVillages.createWithDomain();
        TestVillages.Village b = TestVillages.createWithDomain();
        NewsDesk deskB = NewsDesk.of(b);
        Http.Page published = deskB.publish("Kabar Khusus Desa Bee", "Hanya untuk desa B.");
        String slugB = NewsDesk.slugOf(published);
        long idB = NewsDesk.idOf(published);
        Http.Page draft = deskB.write("Draf Desa Bee", "Draf B.", "save", Map.of());
        long draftB = NewsDesk.idOf(draft);
        NewsDesk.of(a).publish("Kabar Desa A", "Isi A.");

        record Visit(Http visitor, String prefix) {}
        for (Visit visit : List.of(new Visit(new Http(), a.prefix()), new Visit(a.visitorByDomain(), ""))) {
            Http v = visit.visitor();
            String p = visit.prefix();
            assertEquals(404, v.get(p + "/berita/" + slugB).status(), "B's article through A");
            Http.Page api = v.get(p + "/api/v1/berita/" + slugB);
            assertEquals(404, api.status(), "B's article in A's API");
            assertTrue(api.header("Content-Type").startsWith("application/json"), "a JSON 404");
            for (String path : List.of("/berita", "/berita/feed.xml", "/api/v1/berita", "/sitemap.xml", "/")) {
                Http.Page page = v.get(p + path);
                assertEquals(200, page.status(), path);
                assertTrue(
                        page.body().contains("Kabar Desa A") || page.body().contains("/berita/kabar-desa-a"),
                        path + " shows A's news");
                assertFalse(page.body().contains("Desa Bee") || page.body().contains(slugB), path + " shows B's news");
            }
            assertEquals(404, v.get(p + "/berita?kategori=tidak-ada").status());
        }

        // A's admin, logged in at A (by slug, then on A's domain), with B's ids.
        NewsDesk deskA = NewsDesk.of(a);
        for (long id : List.of(idB, draftB)) {
            assertEquals(
                    404,
                    deskA.staff
                            .get(a.prefix() + "/kantor/berita/tulis?id=" + id)
                            .status(),
                    "editor of B's " + id);
        }
        // The same session on A's own domain (the session cookie sent as a browser on that host would).
        String[] onDomain = {"Host", a.domain(), "Cookie", deskA.staff.cookieHeader()};
        assertEquals(
                404,
                NewsDesk.noRedirect("/kantor/berita/tulis?id=" + idB, onDomain).statusCode(),
                "on A's domain");
        java.net.http.HttpResponse<String> ownList = NewsDesk.noRedirect("/kantor/berita", onDomain);
        assertEquals(200, ownList.statusCode(), "A's own back office on A's domain");
        assertFalse(ownList.body().contains("Desa Bee"));
        String listA = deskA.staff.get(a.prefix() + "/kantor/berita").body();
        assertFalse(listA.contains("Desa Bee"), "A's back office lists none of B's articles");
        // B's back office itself is closed to A's admin.
        for (String path : List.of(
                "/kantor/berita",
                "/kantor/berita/tulis",
                "/kantor/berita/kategori",
                "/kantor/berita/tulis?id=" + idB)) {
            int status = deskA.staff.get(b.prefix() + path).status();
            assertTrue(
                    status == 404
                            || status == 200
                                    && deskA.staff.get(b.prefix() + path).url().contains("/masuk"),
                    path + " of B for A's admin: " + status);
        }

        // A forged post: A's new-article editor with B's id added; it saves a new article of A, B's stays.
        Http.Page editor = deskA.staff.get(a.prefix() + "/kantor/berita/tulis");
        Map<String, String> forged = new java.util.HashMap<>();
        forged.put("editor:title", "Ditimpa");
        forged.put("editor:text", "Ditimpa.");
        forged.put("editor:publish", "x");
        forged.put("id", String.valueOf(idB));
        editor.html()
                .getElementById("editor")
                .select("input[name]")
                .forEach(i -> forged.putIfAbsent(i.attr("name"), i.val()));
        deskA.staff.post(
                editor.url().replace("/kantor/berita/tulis", "/office/news/editor.xhtml") + "?id=" + idB, forged);
        Http.Page stillB = new Http().get(b.prefix() + "/berita/" + slugB);
        assertEquals(200, stillB.status());
        assertEquals("Kabar Khusus Desa Bee", stillB.html().selectFirst("h1").text(), "B's article is unchanged");
    }
}
