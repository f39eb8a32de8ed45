package id.portaldesa.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What visitors see of the seams: the home page built from sections, each village's sitemap. */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class SeamPagesIT {

    @Test
    void the_home_page_shows_the_sections_of_the_features_in_order() {
        Http.Page home = new Http().get("/kungkai/");
        assertEquals(200, home.status());
        Document html = home.html();
        List<String> ids = html.select("section.cards > article.card").eachAttr("id");
        assertTrue(ids.indexOf("section-site-services") == 0, ids.toString());
        assertTrue(ids.contains("section-site-contact"), ids.toString());
        Element contact = html.getElementById("section-site-contact");
        assertTrue(
                contact.text().contains("15.02.02.2004"), "the contact card shows the village code: " + contact.text());
        assertNotNull(
                html.getElementById("section-site-services").selectFirst("a.button"), "register link for visitors");
    }

    @Test
    void each_village_has_a_sitemap_of_its_own_pages() {
        Http visitor = new Http();
        Http.Page kungkai = visitor.get("/kungkai/sitemap.xml");
        assertEquals(200, kungkai.status(), kungkai.body());
        assertTrue(kungkai.header("Content-Type").startsWith("application/xml"), kungkai.header("Content-Type"));
        assertTrue(kungkai.body().startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), kungkai.body());
        Document xml = Jsoup.parse(kungkai.body(), "", Parser.xmlParser());
        Element urlset = xml.selectFirst("urlset");
        assertNotNull(urlset, kungkai.body());
        assertEquals("http://www.sitemaps.org/schemas/sitemap/0.9", urlset.attr("xmlns"));
        List<String> locs = xml.select("url > loc").eachText();
        // The home page's address on the village's own site (Kungkai's demo domain, else its slug).
        assertTrue(
                locs.contains("http://kungkai.localhost:18080/")
                        || locs.stream().anyMatch(l -> l.endsWith("/kungkai/")),
                locs.toString());
        assertFalse(kungkai.body().contains("jakarta.faces"), "no Faces state in a sitemap");
        assertFalse(kungkai.body().contains("<html"), kungkai.body());

        List<String> other = Jsoup.parse(
                        visitor.get("/sungai-kapas/sitemap.xml").body(), "", Parser.xmlParser())
                .select("url > loc")
                .eachText();
        assertTrue(other.stream().anyMatch(l -> l.contains("sungai-kapas") && l.endsWith("/")), other.toString());
        assertTrue(other.stream().noneMatch(l -> l.contains("kungkai")), "no page of another village: " + other);
        assertEquals(null, visitor.cookie("JSESSIONID"), "reading a sitemap costs no session");
    }
}
