package id.portaldesa.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What visitors see of a site its admin built through the back office: profile, pages, search, robots and sitemaps, previews. */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class SitePagesIT {

    @Test
    void the_profile_shows_history_figures_and_a_location_that_opens_a_map_app() {
        TestVillages.Village village = TestVillages.createWithDomain();
        SiteAdmin admin = SiteAdmin.logIn(village);
        String history = "Sejarah " + UUID.randomUUID().toString().substring(0, 8);
        Http.Page saved = admin.saveDetails(Map.of(
                "history", history + "\n\nParagraf kedua <script>alert(1)</script>",
                "vision", "Desa maju",
                "mission", "Satu\nDua",
                "latitude", "-2.0831",
                "longitude", "102.2708",
                "population", "2314",
                "officeHours", "Senin–Jumat 08.00–15.00"));
        assertTrue(saved.text().contains("Profil lengkap disimpan"), saved.text());

        Map<String, Http> visitors = Map.of(village.prefix(), new Http(), "", village.visitorByDomain());
        for (Map.Entry<String, Http> visitor : visitors.entrySet()) {
            Http.Page profile = visitor.getValue().get(visitor.getKey() + "/profil");
            assertEquals(200, profile.status(), profile.text());
            Document html = profile.html();
            assertTrue(profile.text().contains(history), profile.text());
            assertEquals(2, html.select("ol.mission li").size());
            assertEquals("geo:-2.0831,102.2708", html.getElementById("map-app").attr("href"));
            assertTrue(html.getElementById("map-web")
                    .attr("href")
                    .startsWith("https://www.openstreetmap.org/?mlat=-2.0831"));
            assertFalse(profile.body().contains("<script"), "no script on a public page, typed or not");
            assertTrue(profile.body().contains("&lt;script&gt;"), "what was typed is shown as text");
            assertNotNull(html.selectFirst("meta[property=og:title]"), "a card for shared links");
            assertTrue(profile.text().contains("2.314") || profile.text().contains("2,314"), profile.text());
        }
    }

    @Test
    void a_page_has_a_readable_address_and_its_old_address_answers_301() {
        TestVillages.Village village = TestVillages.createWithDomain();
        SiteAdmin admin = SiteAdmin.logIn(village);
        long id = admin.publishPage("Lembaga Adat Desa", "Lembaga adat menjaga musyawarah.\n\nParagraf dua.");
        Http visitor = new Http();
        Http.Page page = visitor.get(village.prefix() + "/halaman/lembaga-adat-desa");
        assertEquals(200, page.status(), page.text());
        assertEquals("Lembaga Adat Desa", page.html().selectFirst("h1").text());
        assertEquals(2, page.html().select(".page-body p").size());
        assertTrue(
                page.html().select(".site-menu a").eachText().contains("Lembaga Adat Desa"),
                "published pages are in the menu");

        admin.renamePage(id, "Lembaga Kemasyarakatan Desa", "Isi baru.");
        HttpResponse<String> old = SiteAdmin.unfollowed(village.prefix() + "/halaman/lembaga-adat-desa");
        assertEquals(301, old.statusCode());
        assertEquals(
                village.prefix() + "/halaman/lembaga-kemasyarakatan-desa",
                old.headers().firstValue("Location").orElse(""));
        HttpResponse<String> byDomain = SiteAdmin.unfollowed("/halaman/lembaga-adat-desa", "Host", village.domain());
        assertEquals(301, byDomain.statusCode());
        assertEquals(
                "/halaman/lembaga-kemasyarakatan-desa",
                byDomain.headers().firstValue("Location").orElse(""));
        assertEquals(404, visitor.get(village.prefix() + "/halaman/tidak-ada").status());
        assertEquals(
                404, visitor.get(village.prefix() + "/halaman/..%2Fweb-inf").status());
    }

    @Test
    void search_finds_pages_and_profile_grouped_by_kind_without_script_or_session() {
        TestVillages.Village village = TestVillages.create();
        SiteAdmin admin = SiteAdmin.logIn(village);
        String word = "Tenun" + UUID.randomUUID().toString().substring(0, 6);
        admin.publishPage("Kerajinan " + word, "Kain " + word + " dibuat oleh kelompok perempuan.");
        admin.saveDetails(Map.of("history", "Desa penghasil " + word));

        Http visitor = new Http();
        Http.Page results = visitor.get(village.prefix() + "/cari?q=" + word.toLowerCase());
        assertEquals(200, results.status());
        Document html = results.html();
        List<String> groups = html.select(".search-group h2").eachText();
        assertTrue(groups.contains("Halaman desa") && groups.contains("Profil desa"), groups.toString());
        assertEquals(
                village.prefix() + "/halaman/kerajinan-" + word.toLowerCase(),
                html.selectFirst(".search-group .hits a").attr("href"));
        assertFalse(results.body().contains("<script"));
        assertEquals(null, visitor.cookie("JSESSIONID"), "searching costs no session");
        assertTrue(visitor.get(village.prefix() + "/cari?q=a").text().contains("paling sedikit dua huruf"));
        assertEquals(
                village.prefix() + "/cari",
                visitor.get(village.prefix() + "/")
                        .html()
                        .selectFirst("form.menu-search")
                        .attr("action"),
                "every page has the search form with its address");
    }

    @Test
    void robots_and_sitemaps_name_each_other_on_the_platform_and_on_each_village() {
        TestVillages.Village village = TestVillages.createWithDomain();
        Http visitor = new Http();
        Http.Page platformRobots = visitor.get("/robots.txt");
        assertEquals(200, platformRobots.status());
        assertTrue(
                platformRobots.header("Content-Type").startsWith("text/plain"), platformRobots.header("Content-Type"));
        assertTrue(platformRobots.body().contains("Disallow: /*/kantor"), platformRobots.body());
        assertTrue(
                platformRobots.body().matches("(?s).*Sitemap: http://[^\\s]+/sitemap\\.xml\\n.*"),
                platformRobots.body());

        Http.Page index = visitor.get("/sitemap.xml");
        assertEquals(200, index.status());
        Document xml = Jsoup.parse(index.body(), "", Parser.xmlParser());
        assertEquals(
                "http://www.sitemaps.org/schemas/sitemap/0.9",
                xml.selectFirst("sitemapindex").attr("xmlns"));
        List<String> locs = xml.select("sitemap > loc").eachText();
        assertTrue(
                locs.stream().anyMatch(l -> l.startsWith("http://" + village.domain()) && l.endsWith("/sitemap.xml")),
                "the village's own sitemap, on its own domain: " + locs.size());
        assertTrue(
                locs.stream().anyMatch(l -> l.endsWith("/kungkai/sitemap.xml") || l.contains("kungkai")),
                "demo villages too");
        assertEquals(404, visitor.get("/sitemap.xml?hal=99").status(), "no page beyond the last");

        Http.Page villageRobots = village.visitorByDomain().get("/robots.txt");
        assertEquals(200, villageRobots.status());
        assertTrue(villageRobots.body().contains("Disallow: /kantor"), villageRobots.body());
        assertTrue(villageRobots.body().contains("Sitemap: http://" + village.domain()), villageRobots.body());
        Http.Page villageSitemap = village.visitorByDomain().get("/sitemap.xml");
        assertTrue(villageSitemap.body().contains("<loc>http://" + village.domain()), villageSitemap.body());
        assertTrue(villageSitemap.body().contains("/profil</loc>"), villageSitemap.body());
    }

    @Test
    void only_the_villages_admin_sees_a_theme_preview_and_no_preview_is_kept_for_others() {
        TestVillages.Village village = TestVillages.create();
        SiteAdmin admin = SiteAdmin.logIn(village);
        Http.Page preview = admin.http.get(village.prefix() + "/?pratinjau=lintas&aksen=0b5394");
        Document html = preview.html();
        assertEquals("theme-lintas", html.selectFirst("body").className());
        assertTrue(html.select("link[rel=stylesheet]").eachAttr("href").stream()
                .anyMatch(h -> h.matches("/themes/lintas/theme\\.css\\?v=[0-9a-f]{12}")));
        assertTrue(preview.body().contains("--accent:#0b5394"), "the colour being tried");
        assertNotNull(html.selectFirst(".preview-banner"));

        Http visitor = new Http();
        Http.Page tried = visitor.get(village.prefix() + "/?pratinjau=lintas&aksen=0b5394");
        assertEquals("theme-default", tried.html().selectFirst("body").className(), "a visitor cannot preview");
        assertFalse(tried.body().contains("0b5394"));
        Http.Page home = visitor.get(village.prefix() + "/");
        assertEquals("theme-default", home.html().selectFirst("body").className(), "the preview was not stored");
        assertEquals(
                "theme-default",
                admin.http
                        .get(village.prefix() + "/?pratinjau=../../WEB-INF")
                        .html()
                        .selectFirst("body")
                        .className(),
                "only themes of the catalogue");
    }
}
