package id.portaldesa.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The news as visitors get it: a published article on its page, the list, the home page, the feed,
 * the sitemap and the JSON API, by slug and by the village's domain; drafts and articles scheduled
 * for later nowhere; an old address answers 301; what staff typed renders inert everywhere.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class NewsPagesIT {

    @Test
    void aPublishedArticleIsEverywhereADraftAndAScheduledOneNowhere() throws Exception {
        TestVillages.Village village = TestVillages.createWithDomain();
        NewsDesk desk = NewsDesk.of(village);
        String live = NewsDesk.slugOf(desk.publish("Panen Raya Dusun Tiga", "Warga memanen padi **bersama**."));
        String draft = NewsDesk.slugOf(desk.write("Draf Rahasia Kantor", "Belum untuk warga.", "save", Map.of()));
        Http.Page scheduled = desk.write(
                "Pengumuman Terjadwal Besok",
                "Terbit besok pagi.",
                "schedule",
                Map.of("scheduleDate", LocalDate.now().plusDays(2).toString(), "scheduleTime", "08:00"));
        assertTrue(scheduled.text().contains("Terjadwal") || scheduled.text().contains("Scheduled"), scheduled.text());
        String later = NewsDesk.slugOf(scheduled);

        for (Visit visit : List.of(new Visit(new Http(), village.prefix()), new Visit(village.visitorByDomain(), ""))) {
            Http visitor = visit.visitor();
            String prefix = visit.prefix();
            Http.Page article = visitor.get(prefix + "/berita/" + live);
            assertEquals(200, article.status(), article.body());
            Document html = article.html();
            assertEquals("Panen Raya Dusun Tiga", html.selectFirst("h1").text());
            assertNotNull(html.selectFirst(".news-body strong"), "the text's markup: " + article.body());
            assertEquals("article", html.selectFirst("meta[property=og:type]").attr("content"));
            assertEquals(
                    "Panen Raya Dusun Tiga",
                    html.selectFirst("meta[property=og:title]").attr("content"));
            assertTrue(html.selectFirst("meta[property=og:url]").attr("content").startsWith("http"));
            assertNotNull(html.selectFirst("link[rel=alternate][type=application/atom+xml]"), "the feed in the head");
            assertTrue(
                    html.selectFirst(".news-meta").text().contains("WIB")
                            || html.selectFirst(".news-meta").text().contains("WITA")
                            || html.selectFirst(".news-meta").text().contains("WIT"),
                    "time in the village's zone");

            for (String hidden : List.of(draft, later)) {
                assertEquals(404, visitor.get(prefix + "/berita/" + hidden).status(), hidden);
                assertEquals(
                        404, visitor.get(prefix + "/api/v1/berita/" + hidden).status(), hidden);
            }
            String list = visitor.get(prefix + "/berita").body();
            assertTrue(list.contains("Panen Raya Dusun Tiga"), list);
            assertFalse(list.contains("Draf Rahasia") || list.contains("Pengumuman Terjadwal"), list);
            String home = visitor.get(prefix + "/").body();
            assertTrue(home.contains("Panen Raya Dusun Tiga"), "on the home page at once");
            assertFalse(home.contains("Draf Rahasia") || home.contains("Pengumuman Terjadwal"));

            Http.Page feed = visitor.get(prefix + "/berita/feed.xml");
            assertEquals(200, feed.status());
            assertTrue(feed.header("Content-Type").startsWith("application/atom+xml"), feed.header("Content-Type"));
            Document atom = Jsoup.parse(feed.body(), "", Parser.xmlParser());
            assertEquals(
                    List.of("Panen Raya Dusun Tiga"),
                    atom.select("entry > title").eachText());
            for (Element link : atom.select("link")) {
                assertTrue(link.attr("href").startsWith("http"), "absolute: " + link);
            }
            String sitemap = visitor.get(prefix + "/sitemap.xml").body();
            assertTrue(sitemap.contains("/berita/" + live), sitemap);
            assertFalse(sitemap.contains(draft) || sitemap.contains(later), sitemap);

            Http.Page api = visitor.get(prefix + "/api/v1/berita");
            assertEquals(200, api.status(), api.body());
            assertTrue(api.body().contains("\"slug\":\"" + live + "\""), api.body());
            assertTrue(api.body().contains("\"total\":1"), api.body());
            Http.Page one = visitor.get(prefix + "/api/v1/berita/" + live);
            assertEquals(200, one.status(), one.body());
            assertTrue(one.header("Content-Type").startsWith("application/json"));
            assertTrue(one.body().contains("\"title\":\"Panen Raya Dusun Tiga\""), one.body());
        }
        assertEquals(
                400,
                new Http().get(village.prefix() + "/api/v1/berita?ukuran=1000").status());
    }

    /** A visitor and the path prefix of the village for them: its slug, or none on its own domain. */
    record Visit(Http visitor, String prefix) {}

    @Test
    void theCoverIsShownLightAndSharedAsTheCardsPicture() throws Exception {
        TestVillages.Village village = TestVillages.create();
        NewsDesk desk = NewsDesk.of(village);
        Http.Page editor = desk.publishWithCover("Festival Durian Desa", "Isi festival.", NewsDesk.photo());
        String slug = NewsDesk.slugOf(editor);
        assertNotNull(
                editor.html().selectFirst("#editor img.media-image"), "the editor shows the cover: " + editor.text());

        Http visitor = new Http();
        Document page = visitor.get(village.prefix() + "/berita/" + slug).html();
        Element cover = page.selectFirst(".news-cover img");
        assertNotNull(cover, page.outerHtml());
        assertTrue(cover.attr("srcset").contains("320w") && cover.attr("srcset").contains("1280w"), cover.outerHtml());
        assertFalse(cover.attr("width").isEmpty() || cover.attr("height").isEmpty(), cover.outerHtml());
        String image = page.selectFirst("meta[property=og:image]").attr("content");
        assertTrue(image.startsWith("http") && image.contains("/1280."), image);
        assertEquals(
                "summary_large_image",
                page.selectFirst("meta[name=twitter:card]").attr("content"));
        HttpResponse<byte[]> picture = visitor.raw(cover.attr("src").replaceFirst("^https?://[^/]+", ""));
        assertEquals(200, picture.statusCode());
        assertTrue(picture.headers().firstValue("Content-Type").orElse("").startsWith("image/"));

        Document list = visitor.get(village.prefix() + "/berita").html();
        Element thumb = list.selectFirst(".news-card img.media-image");
        assertNotNull(thumb, "a thumbnail on the news page");
        assertEquals("lazy", thumb.attr("loading"));
        assertTrue(
                visitor.get(village.prefix() + "/")
                        .html()
                        .select("#section-news-latest img")
                        .isEmpty(),
                "the home page stays light: no thumbnails");
        Document atom =
                Jsoup.parse(visitor.get(village.prefix() + "/berita/feed.xml").body(), "", Parser.xmlParser());
        Document content =
                Jsoup.parseBodyFragment(atom.selectFirst("entry > content").text());
        assertTrue(content.selectFirst("img").attr("src").startsWith("http"), "absolute in the feed: " + content);
    }

    @Test
    void anOldAddressAnswers301ToTheCurrentOne() throws Exception {
        TestVillages.Village village = TestVillages.createWithDomain();
        NewsDesk desk = NewsDesk.of(village);
        Http.Page editor = desk.publish("Rapat Warga Soal Air Bersih", "Isi rapat.");
        String old = NewsDesk.slugOf(editor);
        Http.Page moved = desk.edit(NewsDesk.idOf(editor), Map.of("slug", "rapat-air-bersih-2026"), "publish");
        assertEquals("rapat-air-bersih-2026", NewsDesk.slugOf(moved), moved.text());

        HttpResponse<String> bySlug = NewsDesk.noRedirect(village.prefix() + "/berita/" + old);
        assertEquals(301, bySlug.statusCode());
        assertTrue(
                bySlug.headers()
                        .firstValue("Location")
                        .orElseThrow()
                        .endsWith(village.prefix() + "/berita/rapat-air-bersih-2026"),
                bySlug.headers().toString());
        HttpResponse<String> byDomain = NewsDesk.noRedirect("/berita/" + old, "Host", village.domain());
        assertEquals(301, byDomain.statusCode());
        String location = byDomain.headers().firstValue("Location").orElseThrow();
        assertTrue(
                location.endsWith("/berita/rapat-air-bersih-2026") && !location.contains(village.prefix() + "/"),
                location);
        HttpResponse<String> api = NewsDesk.noRedirect(village.prefix() + "/api/v1/berita/" + old);
        assertEquals(301, api.statusCode());
        assertTrue(api.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/berita/rapat-air-bersih-2026"));
        assertEquals(
                200, new Http().get(village.prefix() + "/berita/" + old).status(), "followed, it opens the article");
    }

    @Test
    void whatStaffTypeRendersInertOnThePageTheFeedAndTheApi() throws Exception {
        TestVillages.Village village = TestVillages.create();
        NewsDesk desk = NewsDesk.of(village);
        String payload = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'><svg/onload=alert(3)>";
        Http.Page editor = desk.write(
                "Judul " + payload,
                payload + "\n\n[klik](javascript:alert(4))\n\n" + payload,
                "publish",
                Map.of("summary", "Ringkasan " + payload));
        String slug = NewsDesk.slugOf(editor);
        Http visitor = new Http();
        Http.Page page = visitor.get(village.prefix() + "/berita/" + slug);
        assertEquals(200, page.status(), page.body());
        Document html = page.html();
        assertTrue(html.select("script").isEmpty(), "no script element: " + page.body());
        assertTrue(html.select("svg, img[onerror]").isEmpty(), page.body());
        for (Element e : html.getAllElements()) {
            e.attributes().forEach(a -> {
                assertFalse(a.getKey().startsWith("on"), "handler on " + e);
                assertFalse(a.getValue().toLowerCase().contains("javascript:"), "script address on " + e);
            });
        }
        assertTrue(html.selectFirst("h1").text().contains("<script>alert(1)</script>"), "the title shows as text");
        assertTrue(
                html.selectFirst("meta[property=og:title]").attr("content").contains("<script>"),
                "the card's title is an escaped attribute value");

        String feed = visitor.get(village.prefix() + "/berita/feed.xml").body();
        Document atom = Jsoup.parse(feed, "", Parser.xmlParser());
        assertTrue(atom.select("script, svg").isEmpty(), feed);
        String content = atom.selectFirst("entry > content").text();
        Document inner = Jsoup.parseBodyFragment(content);
        assertTrue(inner.select("script, svg, [onerror], a[href^=javascript]").isEmpty(), content);

        Http.Page api = visitor.get(village.prefix() + "/api/v1/berita/" + slug);
        assertEquals(200, api.status());
        assertTrue(
                api.body().contains("\\\"'><svg") || api.body().contains("\\u0022"),
                "quotes escaped in JSON: " + api.body());
        Map<?, ?> json = new org.openqa.selenium.json.Json().toType(api.body(), Map.class);
        assertTrue(
                ((String) json.get("title")).contains("<script>alert(1)</script>"), "the title as typed, as JSON text");
        Document apiHtml = Jsoup.parseBodyFragment((String) json.get("html"));
        assertTrue(apiHtml.select("script, svg, [onerror]").isEmpty(), api.body());
    }
}
