package id.portaldesa.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.it.container.XssFixtureServlet;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The XSS corpus ({@code src/test/resources/xss/payloads.txt}, 60+ payloads from the OWASP and
 * PortSwigger cheat sheets) typed by a village admin into every text field of the website, then
 * every public and back-office page that shows it opened in Chromium: no script of a payload ran
 * (each calls {@code window.__xss}; dialogs and CSP violations are caught too), no markup of one
 * survived as an element, handler or {@code javascript:} address, and no request left the page or
 * went to an address that does not exist (an injected {@code <img src=x>}; the browser's own request
 * for {@code /favicon.ico}, which no page names, aside). Checking the DOM as well
 * as what ran means the test fails on a missed escape even where the Content-Security-Policy would
 * have stopped the script.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class StoredXssBrowserIT {

    /** Installed before any script of each page runs (DevTools: the page's CSP does not govern it). */
    static final String WATCH = "window.__ran = [];"
            + "window.__xss = function (n) { window.__ran.push('payload ' + n + ' ran'); };"
            + "['alert', 'confirm', 'prompt', 'print'].forEach(function (f) {"
            + "  window[f] = function () { window.__ran.push(f + '() called'); }; });"
            + "document.addEventListener('securitypolicyviolation', function (e) {"
            + "  window.__ran.push('CSP refused ' + e.violatedDirective + ' ' + e.blockedURI); });";

    /** What a page shows that a payload made (empty when every payload stayed text). */
    static final String FINDINGS = "const found = window.__ran.slice();"
            + "const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'action', 'formaction', 'data', 'xlink:href',"
            + "  'poster', 'background', 'cite', 'ping'];"
            + "document.querySelectorAll('*').forEach(function (e) {"
            + "  for (const a of e.attributes) {"
            + "    const v = a.value.trim().toLowerCase();"
            + "    if (a.name.startsWith('on')) found.push('handler ' + a.name + ' on ' + e.tagName);"
            + "    if (URL_ATTRIBUTES.includes(a.name)"
            + "        && /^(javascript|vbscript|data:text)/.test(v.replace(/[\\s\\u0000-\\u001f]/g, '')))"
            + "      found.push(a.name + '=' + v.substring(0, 40) + ' on ' + e.tagName); } });"
            + "document.querySelectorAll('script:not([nonce]), iframe, frame, object, embed, base, "
            + "meta[http-equiv], link[rel=import], svg animate, svg set, math [href]').forEach(function (e) {"
            + "  found.push('element ' + e.tagName); });"
            + "performance.getEntriesByType('resource').forEach(function (r) {"
            + "  const u = new URL(r.name);"
            + "  if (u.origin !== location.origin) found.push('request left the page: ' + r.name);"
            + "  else if (r.responseStatus >= 400 && u.pathname !== '/favicon.ico')"
            + "    found.push('request to ' + u.pathname + ' answered ' + r.responseStatus + ' from '"
            + "      + Array.from(document.querySelectorAll('[src], [href]'))"
            + "          .filter(function (e) { return e.src === r.name || e.href === r.name; })"
            + "          .map(function (e) { return e.outerHTML.substring(0, 160); }).join(' | ')); });"
            + "return found;";

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
        assertTrue(
                ((Number) made.get("saved")).intValue() > 4 * payloads.size(),
                "most payloads are saved (a refusal is safe, but would test nothing): " + made);

        browser = Browser.open();
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH));
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
            @SuppressWarnings("unchecked")
            List<Object> found = (List<Object>) browser.executeScript(FINDINGS);
            found.forEach(f -> findings.add(path + ": " + f));
        }
    }

    void logInAsAdmin(TestVillages.Village village) {
        browser.get(Http.BASE + village.prefix() + "/masuk");
        browser.findElement(By.id("login:email")).sendKeys(village.adminEmail());
        browser.findElement(By.id("login:password")).sendKeys(village.password());
        browser.findElement(By.id("login:submit")).click();
        try {
            // the click may return before the answer to the post has replaced the login page
            new WebDriverWait(browser, Duration.ofSeconds(15))
                    .until(d -> d.getCurrentUrl().endsWith(village.prefix() + "/kantor"));
        } catch (TimeoutException e) {
            throw new AssertionError("not logged in: " + browser.getCurrentUrl() + "\n"
                    + browser.findElement(By.tagName("body")).getText());
        }
    }

    static List<String> corpus() throws IOException {
        try (InputStream in = StoredXssBrowserIT.class.getResourceAsStream("/xss/payloads.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("# "))
                    .toList();
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> fill(TestVillages.Village village, List<String> payloads) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(Http.BASE + XssFixtureServlet.PATH + "?village="
                                        + village.id() + "&admin="
                                        + URLEncoder.encode(village.adminEmail(), StandardCharsets.UTF_8)))
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        String.join("\n", payloads), StandardCharsets.UTF_8))
                                .header("Content-Type", "text/plain;charset=UTF-8")
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, answer.statusCode(), answer.body());
        return new Json().toType(answer.body(), Map.class);
    }

    @SuppressWarnings("unchecked")
    static List<String> strings(Map<String, Object> made, String key) {
        return ((List<Object>) made.get(key)).stream().map(String::valueOf).toList();
    }
}
