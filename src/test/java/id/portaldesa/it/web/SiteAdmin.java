package id.portaldesa.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A village admin building the site over HTTP, through the back-office forms, as a browser without script would. */
final class SiteAdmin {

    final Http http;
    final String prefix;

    private SiteAdmin(Http http, String prefix) {
        this.http = http;
        this.prefix = prefix;
    }

    static SiteAdmin logIn(TestVillages.Village village) {
        Http http = new Http();
        Http.Page landing = http.login(village.prefix(), village.adminEmail(), village.password());
        assertTrue(landing.url().endsWith(village.prefix() + "/kantor"), landing.url());
        return new SiteAdmin(http, village.prefix());
    }

    Http.Page saveDetails(Map<String, String> fields) {
        Http.Page page = http.submit(http.get(prefix + "/kantor/profil/rincian"), "details", fields, "save");
        assertEquals(200, page.status(), page.text());
        return page;
    }

    /** Creates a page with this title and body, published; returns its id. */
    long publishPage(String title, String body) {
        Http.Page edit = http.submit(http.get(prefix + "/kantor/halaman"), "new", Map.of("title", title), "create");
        Matcher id = Pattern.compile("[?&]id=(\\d+)").matcher(edit.url());
        assertTrue(id.find(), edit.url() + " " + edit.text());
        Http.Page saved = http.submit(edit, "page", Map.of("title", title, "body", body), "publish");
        assertTrue(saved.text().contains("terbit"), saved.text());
        return Long.parseLong(id.group(1));
    }

    Http.Page renamePage(long id, String title, String body) {
        return http.submit(
                http.get(prefix + "/kantor/halaman/ubah?id=" + id),
                "page",
                Map.of("title", title, "body", body),
                "save");
    }

    /** The status and Location of a GET, redirects not followed. */
    static HttpResponse<String> unfollowed(String path, String... headers) {
        try {
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(URI.create(Http.BASE + path)).GET();
            if (headers.length > 0) {
                request.headers(headers);
            }
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
