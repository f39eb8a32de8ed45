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
        Http.Page after = submit(editor, fields, button, null);
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
        return submit(editor, all, button, null);
    }

    /** Writes a new article with a cover picture and publishes it. */
    Http.Page publishWithCover(String title, String text, byte[] jpeg) {
        Http.Page editor = staff.get(village.prefix() + "/kantor/berita/tulis");
        Http.Page after = submit(editor, Map.of("title", title, "text", text), "publish", jpeg);
        assertTrue(after.url().contains("id="), after.text());
        return after;
    }

    /**
     * Posts the editor's form as a browser does, multipart (it has file inputs): every input of the
     * form, the given fields (ids without the form prefix), the button, and a cover file when given.
     * The editor afterwards (after its redirect), or the same page with its messages.
     */
    Http.Page submit(Http.Page editor, Map<String, String> fields, String button, byte[] cover) {
        org.jsoup.nodes.Element form = editor.html().getElementById("editor");
        Map<String, String> data = new java.util.LinkedHashMap<>();
        for (org.jsoup.nodes.Element input : form.select("input[name]")) {
            String type = input.attr("type");
            if (!type.equals("file") && !type.equals("checkbox") && !type.equals("submit")) {
                data.put(input.attr("name"), input.val());
            }
        }
        fields.forEach((id, value) -> data.put("editor:" + id, value));
        data.put("editor:" + button, "x");
        String boundary = "----news" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        data.forEach((name, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        if (cover != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"editor:cover\";"
                            + " filename=\"sampul.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            body.writeBytes(cover);
            body.writeBytes("\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String url = URI.create(editor.url()).resolve(form.attr("action")).toString();
        try {
            HttpResponse<String> answer = HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build()
                    .send(
                            HttpRequest.newBuilder(URI.create(url))
                                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                    .header("Cookie", staff.cookieHeader())
                                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 302 || answer.statusCode() == 303) {
                return staff.get(answer.headers().firstValue("Location").orElseThrow());
            }
            return new Http.Page(answer.statusCode(), url, answer.body(), answer.headers());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A landscape photo as a phone might send it (JPEG, 1600×900). */
    static byte[] photo() throws Exception {
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(1600, 900, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, java.awt.Color.ORANGE, 0, 900, java.awt.Color.GREEN));
        g.fillRect(0, 0, 1600, 900);
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
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
