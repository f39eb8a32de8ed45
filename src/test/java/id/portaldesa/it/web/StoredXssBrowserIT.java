package id.portaldesa.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.it.container.XssFixtureServlet;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The XSS corpus ({@code src/test/resources/xss/payloads.txt}, 60+ payloads from the OWASP and
 * PortSwigger cheat sheets) typed by a village admin into every text field of the website, then
 * every public and back-office page that shows it opened in Chromium and checked by {@link
 * XssInBrowser}: nothing ran, nothing of a payload became markup or a request.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class StoredXssBrowserIT {

    ChromeDriver browser;

    @AfterEach
    void close() {
        Browser.close(browser);
    }

    @Test
    void every_payload_in_every_field_stays_text_on_every_page_it_reaches() throws Exception {
        TestVillages.Village village = TestVillages.create();
        List<String> payloads = corpus();
        Map<String, Object> made = fill(village, payloads);
        // A field refusing a payload would be safe, but would test nothing: every one is taken.
        assertEquals(0, ((Number) made.get("refused")).intValue(), made.toString());
        assertTrue(((Number) made.get("saved")).intValue() >= 3 * payloads.size(), made.toString());

        browser = Browser.open();
        XssInBrowser.watch(browser);
        String v = village.prefix();
        List<String> pages = new ArrayList<>(List.of(v + "/", v + "/profil", v + "/berita", v + "/sitemap.xml"));
        for (int page = 2; page <= 1 + payloads.size() / 10; page++) {
            pages.add(v + "/berita?hal=" + page);
        }
        strings(made, "articleSlugs").forEach(slug -> pages.add(v + "/berita/" + slug));
        strings(made, "pageSlugs").forEach(slug -> pages.add(v + "/halaman/" + slug));
        for (String query : List.of("script", "img", "svg", "javascript", payloads.get(0), payloads.get(2))) {
            pages.add(v + "/cari?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        }
        Http visitor = new Http();
        for (String path : pages) {
            assertEquals(200, visitor.get(path).status(), path);
        }
        List<String> findings = new ArrayList<>();
        visit(pages, findings);

        logInAsAdmin(village);
        List<String> office = new ArrayList<>(List.of(
                v + "/kantor",
                v + "/kantor/berita",
                v + "/kantor/berita/kategori",
                v + "/kantor/profil",
                v + "/kantor/profil/rincian",
                v + "/kantor/perangkat",
                v + "/kantor/halaman",
                v + "/kantor/tampilan",
                v + "/kantor/menu"));
        strings(made, "articleIds").stream().limit(8).forEach(id -> office.add(v + "/kantor/berita/tulis?id=" + id));
        strings(made, "pageIds").stream().limit(4).forEach(id -> office.add(v + "/kantor/halaman/ubah?id=" + id));
        visit(office, findings);

        assertEquals(List.of(), findings, "pages visited: " + (pages.size() + office.size()));
        System.out.println("[xss] " + payloads.size() + " payloads, " + made.get("saved") + " fields saved, "
                + made.get("refused") + " refused, " + (pages.size() + office.size()) + " pages clean");
    }

    void visit(List<String> paths, List<String> findings) {
        for (String path : paths) {
            browser.get(Http.BASE + path);
            assertTrue(!browser.getCurrentUrl().contains("/masuk"), path + " led to " + browser.getCurrentUrl());
            XssInBrowser.findings(browser).forEach(f -> findings.add(path + ": " + f));
        }
    }

    void logInAsAdmin(TestVillages.Village village) {
        browser.get(Http.BASE + village.prefix() + "/masuk");
        Browser.logIn(browser, village.adminEmail(), village.password());
        assertTrue(
                browser.getCurrentUrl().endsWith(village.prefix() + "/kantor"),
                browser.getCurrentUrl() + "\n" + Browser.text(browser));
    }

    static List<String> corpus() throws IOException {
        try (InputStream in = StoredXssBrowserIT.class.getResourceAsStream("/xss/payloads.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("# "))
                    .toList();
        }
    }

    static Map<String, Object> fill(TestVillages.Village village, List<String> payloads) {
        return TestEndpoints.postText(
                XssFixtureServlet.PATH + "?village=" + village.id() + "&admin="
                        + TestEndpoints.enc(village.adminEmail()),
                String.join("\n", payloads));
    }

    @SuppressWarnings("unchecked")
    static List<String> strings(Map<String, Object> made, String key) {
        return ((List<Object>) made.get(key)).stream().map(String::valueOf).toList();
    }
}
