package id.portaldesa.it.web;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.openqa.selenium.json.Json;

/**
 * The suite deployment's test-only entry points ({@code /_it/...}: fresh villages, media, a shop,
 * payloads, letters), called as the tests' setup: a POST whose answer is one JSON object. Anything
 * but 200 fails the test with what the entry point said.
 */
final class TestEndpoints {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private TestEndpoints() {}

    /** POSTs {@code body} to {@code pathAndQuery} (from the server's root) and reads the JSON answer. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> post(String pathAndQuery, HttpRequest.BodyPublisher body, String contentType) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Http.BASE + pathAndQuery))
                .POST(body)
                .header("Content-Type", contentType)
                .build();
        HttpResponse<String> answer;
        try {
            answer = CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new AssertionError("The test entry point " + pathAndQuery + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        if (answer.statusCode() != 200) {
            throw new AssertionError(pathAndQuery + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return new Json().toType(answer.body(), Map.class);
    }

    /** A POST without a body. */
    static Map<String, Object> post(String pathAndQuery) {
        return post(pathAndQuery, HttpRequest.BodyPublishers.noBody(), "text/plain");
    }

    /** A POST of text, e.g. one payload a line. */
    static Map<String, Object> postText(String pathAndQuery, String text) {
        return post(
                pathAndQuery,
                HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8),
                "text/plain;charset=UTF-8");
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A field of an answer as text (numbers as they were written). */
    static String text(Map<String, Object> answer, String field) {
        Object value = answer.get(field);
        if (value == null) {
            throw new AssertionError("no " + field + " in " + answer);
        }
        return String.valueOf(value);
    }
}
