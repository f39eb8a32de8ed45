package id.portaldesa.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A village's staff member writing news through the back office's editor, over HTTP like a browser without script. */
final class NewsDesk {

    final Http staff;
    final TestVillages.Village village;

    private NewsDesk(Http staff, TestVillages.Village village) {
        this.staff = staff;
        this.village = village;
    }

    /** The village's admin, logged in. */
    static NewsDesk of(TestVillages.Village village) {
        Http staff = new Http();
        Http.Page in = staff.login(village.prefix(), village.adminEmail(), village.password());
        assertEquals(200, in.status(), in.text());
        return new NewsDesk(staff, village);
    }

    /** Writes a new article and presses {@code button} (save, publish, schedule): the editor it lands on. */
    Http.Page write(String title, String text, String button, Map<String, String> more) {
        Http.Page editor = staff.get(village.prefix() + "/kantor/berita/tulis");
        assertEquals(200, editor.status(), editor.text());
        Map<String, String> fields = new HashMap<>(more);
        fields.put("title", title);
        fields.put("text", text);
        Http.Page after = staff.submit(editor, "editor", fields, button);
        assertEquals(200, after.status(), after.text());
        return after;
    }

    Http.Page publish(String title, String text) {
        Http.Page after = write(title, text, "publish", Map.of());
        assertTrue(after.url().contains("id="), "saved and shown again: " + after.url() + " " + after.text());
        return after;
    }

    /** Opens the article's editor and presses {@code button} with these fields changed. */
    Http.Page edit(long id, Map<String, String> fields, String button) {
        Http.Page editor = staff.get(village.prefix() + "/kantor/berita/tulis?id=" + id);
        assertEquals(200, editor.status(), editor.text());
        Map<String, String> all = new HashMap<>();
        all.put("title", editor.html().getElementById("editor:title").val());
        all.put("text", editor.html().getElementById("editor:text").val());
        all.putAll(fields);
        return staff.submit(editor, "editor", all, button);
    }

    static long idOf(Http.Page editor) {
        Matcher m = Pattern.compile("[?&]id=(\\d+)").matcher(editor.url());
        assertTrue(m.find(), editor.url());
        return Long.parseLong(m.group(1));
    }

    /** The public address of the article shown in the editor. */
    static String slugOf(Http.Page editor) {
        return editor.html().getElementById("editor:slug").val();
    }

    /** An answer without following redirects, e.g. to see a 301. */
    static HttpResponse<String> noRedirect(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Http.BASE + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()
                .send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
