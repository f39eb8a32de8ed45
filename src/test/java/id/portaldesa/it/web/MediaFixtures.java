package id.portaldesa.it.web;

import id.portaldesa.it.container.MediaFixtureServlet;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Media stored in a test village through the suite deployment's {@link MediaFixtureServlet}. */
final class MediaFixtures {

    /** A stored media: its id, version and address within its village (largest variant). */
    record Stored(long id, String version, String contentType, int width, String path) {

        /** The address of another variant, e.g. 320. */
        String variant(int width) {
            return path.replace("/" + this.width + ".", "/" + width + ".");
        }

        /** The address without its version. */
        String unversioned() {
            return path.substring(0, path.indexOf('?'));
        }
    }

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private MediaFixtures() {}

    static Stored image(TestVillages.Village village, byte[] file, String visibility) {
        return store(village, "image", visibility, "foto.jpg", file);
    }

    static Stored document(TestVillages.Village village, byte[] file, String name) {
        return store(village, "document", "PUBLIC", name, file);
    }

    static Stored store(TestVillages.Village village, String kind, String visibility, String name, byte[] file) {
        String query = "?village=" + village.id() + "&kind=" + kind + "&visibility=" + visibility + "&name="
                + URLEncoder.encode(name, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(Http.BASE + MediaFixtureServlet.PATH + query))
                .POST(HttpRequest.BodyPublishers.ofByteArray(file))
                .build();
        HttpResponse<String> answer;
        try {
            answer = CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        if (answer.statusCode() != 200) {
            throw new AssertionError("No media stored: " + answer.statusCode() + " " + answer.body());
        }
        String body = answer.body();
        return new Stored(
                Long.parseLong(field(body, "id")),
                field(body, "version"),
                field(body, "contentType"),
                Integer.parseInt(field(body, "width")),
                field(body, "path"));
    }

    private static String field(String json, String name) {
        Matcher m =
                Pattern.compile("\"" + name + "\":(?:\"([^\"]*)\"|(-?\\d+))").matcher(json);
        if (!m.find()) {
            throw new AssertionError("no " + name + " in " + json);
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }
}
