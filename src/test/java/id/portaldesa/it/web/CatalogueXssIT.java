package id.portaldesa.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.it.container.CatalogueFixtureServlet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.json.Json;

/**
 * Payloads from the public cheat sheets (OWASP XSS filter evasion, PortSwigger) typed by a seller and
 * the admin into every text field of the catalogue (shop name, product name and description,
 * category, destination name, description, facilities, opening hours, ticket note, address) come out
 * inert in every place they reach: element text, attributes, the OpenGraph card, the wa.me link, the
 * search, the sitemap, the JSON API and the back office's review page; and in Chromium no payload
 * runs and no request leaves the portal on any public catalogue page.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class CatalogueXssIT {

    /**
     * The shared corpus of the website's tests (src/test/resources/xss/payloads.txt, 65 payloads from
     * the OWASP and PortSwigger cheat sheets); its comment lines start with "# " (a payload may start
     * with "#").
     */
    static final List<String> PAYLOADS = corpus();

    static List<String> corpus() {
        try (InputStream in = CatalogueXssIT.class.getResourceAsStream("/xss/payloads.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("# "))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> fixture(TestVillages.Village v) throws Exception {
        return fixture(v, PAYLOADS);
    }

    /** A shop with one approved product, category and published destination for each text. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> fixture(TestVillages.Village v, List<String> texts) throws Exception {
        String body = String.join("\n", texts);
        String query = "?action=payloads&village=" + v.id() + "&admin=" + enc(v.adminEmail()) + "&resident="
                + enc(v.residentEmail());
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(Http.BASE + CatalogueFixtureServlet.PATH + query))
                                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                                .header("Content-Type", "text/plain;charset=UTF-8")
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, answer.statusCode(), answer.body());
        return new Json().toType(answer.body(), Map.class);
    }

    /** A name as the product stores it: cut to its 120 characters, trimmed, spaces collapsed. */
    static String typed(String payload) {
        String name = payload.length() <= 120 ? payload : payload.substring(0, 120);
        return name.strip().replaceAll("\\s+", " ");
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** No element, attribute or link that runs anything: what a payload would need to do harm. */
    static void inert(Http.Page page, String where) {
        assertEquals(200, page.status(), where);
        Document html = page.html();
        assertTrue(html.select("script").isEmpty(), where + ": a script element");
        for (Element e : html.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertFalse(a.getKey().toLowerCase().startsWith("on"), where + ": handler " + a + " on " + e.tagName());
                String value = a.getValue().strip().toLowerCase();
                if (List.of("href", "src", "srcset", "action", "data", "formaction")
                        .contains(a.getKey())) {
                    assertFalse(
                            value.startsWith("javascript:") || value.startsWith("data:text/html"), where + ": " + a);
                }
            }
        }
        for (String tag : List.of("iframe", "object", "embed", "svg", "math", "base", "details", "input[autofocus]")) {
            assertTrue(html.body().select(tag).isEmpty(), where + ": a " + tag + " element");
        }
        assertTrue(html.head().select("base, meta[http-equiv]").isEmpty(), where + ": a base or refresh");
    }

    @Test
    void everyPayloadInEveryFieldRendersInertEverywhereItGoes() throws Exception {
        TestVillages.Village v = TestVillages.create();
        Map<String, Object> made = fixture(v);
        List<?> products = (List<?>) made.get("productSlugs");
        List<?> destinations = (List<?>) made.get("destinationSlugs");
        assertEquals(PAYLOADS.size(), products.size());
        Http visitor = new Http();
        String prefix = v.prefix();

        Http.Page list = visitor.get(prefix + "/produk?ukuran=100");
        inert(list, "/produk");
        for (int page = 1; page <= 3; page++) {
            inert(visitor.get(prefix + "/produk?hal=" + page), "/produk?hal=" + page);
        }
        for (int i = 0; i < PAYLOADS.size(); i++) {
            String payload = PAYLOADS.get(i);
            String slug = (String) products.get(i);
            Http.Page product = visitor.get(prefix + "/produk/" + slug);
            inert(product, "/produk/" + slug);
            Document html = product.html();
            assertEquals(
                    typed(payload),
                    html.getElementById("product-name").text().strip(),
                    "the name shows as typed, as text");
            assertEquals(
                    typed(payload) + " · Rp15.000",
                    html.select("meta[property=og:title]").attr("content"),
                    "the card's title is the text");
            String order = html.getElementById("order").attr("href");
            assertTrue(order.startsWith("https://wa.me/6281234567890?text="), order);
            String message = URLDecoder.decode(order.substring(order.indexOf("text=") + 5), StandardCharsets.UTF_8);
            assertTrue(message.contains(typed(payload)), "the order names it as text: " + message);

            Http.Page json = visitor.get(prefix + "/api/v1/produk/" + slug);
            assertTrue(json.header("Content-Type").startsWith("application/json"));
            assertEquals("nosniff", json.header("X-Content-Type-Options"));
            @SuppressWarnings("unchecked")
            Map<String, Object> read = new Json().toType(json.body(), Map.class);
            assertEquals(typed(payload), read.get("name"), "JSON keeps the text exactly");

            String dslug = (String) destinations.get(i);
            inert(visitor.get(prefix + "/wisata/" + dslug), "/wisata/" + dslug);
        }
        inert(visitor.get(prefix + "/wisata"), "/wisata");
        inert(visitor.get(prefix + "/"), "home");
        inert(visitor.get(prefix + "/cari?q=xss"), "search");
        Http.Page sitemap = visitor.get(prefix + "/sitemap.xml");
        assertEquals(200, sitemap.status());
        assertFalse(sitemap.body().contains("<script"), "sitemap");

        Http admin = new Http();
        admin.login(prefix, v.adminEmail(), v.password());
        // Every product was approved: the review page lists them under "public" (it opens on "waiting").
        Http.Page review =
                admin.submit(admin.get(prefix + "/kantor/produk"), "filter", Map.of("which", "PUBLIC"), "go");
        Http.Page opened = admin.submit(review, "list", Map.of(), "products:0:open");
        assertFalse(opened.html().select("#review-name").isEmpty(), opened.text());
        for (Element e : opened.html().body().getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertFalse(a.getKey().startsWith("on") && a.getValue().contains("__xss"), "review page: " + a);
            }
        }
        assertTrue(opened.html().body().select("script:containsData(__xss)").isEmpty(), "review page");

        List<String> pages = new ArrayList<>(
                List.of("/produk", "/produk?hal=2", "/produk?hal=3", "/wisata", "/wisata?hal=2", "/", "/cari?q=xss"));
        products.forEach(slug -> pages.add("/produk/" + slug));
        destinations.forEach(slug -> pages.add("/wisata/" + slug));
        inBrowser(prefix, pages);
    }

    /**
     * Installed by DevTools before any script of a page runs: every payload of the corpus that runs
     * calls window.__xss, which keeps what called it (sessionStorage survives page changes).
     */
    static final String TRAP = "window.__xss = (n) => { const all = JSON.parse(sessionStorage.getItem('xss') || '[]');"
            + " all.push(location.pathname + ' #' + n); sessionStorage.setItem('xss', JSON.stringify(all)); };";

    /**
     * Each page in Chromium: no payload ran (nothing called window.__xss, no script error) and no
     * request left the portal (every resource the page loaded came from its own origin).
     */
    static void inBrowser(String prefix, List<String> pages) {
        ChromeDriver browser = Browser.open();
        try {
            browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", TRAP));
            List<String> failures = new ArrayList<>();
            for (String path : pages) {
                browser.get(Http.BASE + prefix + path);
                PageChecks.awaitLoaded(browser);
                Object away = browser.executeScript("return performance.getEntriesByType('resource')"
                        + ".map(r => r.name).filter(n => !n.startsWith(location.origin + '/'));");
                if (away instanceof List<?> list && !list.isEmpty()) {
                    failures.add(path + " requested " + list);
                }
            }
            Object ran = browser.executeScript("return sessionStorage.getItem('xss');");
            if (ran != null) {
                failures.add("payloads ran: " + ran);
            }
            assertTrue(failures.isEmpty(), String.join("\n", failures));
            assertEquals("function", browser.executeScript("return typeof window.__xss;"), "the trap was set");
        } finally {
            Browser.close(browser);
        }
    }
}
