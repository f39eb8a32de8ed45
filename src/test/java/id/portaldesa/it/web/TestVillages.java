package id.portaldesa.it.web;

import id.portaldesa.it.container.FreshVillageServlet;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fresh villages for HTTP and browser tests, made by the suite deployment's test-only entry point
 * ({@link FreshVillageServlet}), so no test changes the demo villages people try the portal with.
 */
public final class TestVillages {

    /** A fresh village: its address prefix is {@code "/" + slug}; every account has {@code password}. */
    public record Village(
            long id,
            String code,
            String slug,
            String name,
            String adminEmail,
            String officialEmail,
            String residentEmail,
            String password,
            String domain) {

        /** The village's path prefix, e.g. {@code /lampuuk} */
        public String prefix() {
            return "/" + slug;
        }

        /** A visitor reaching the village by its own domain (only for {@link #createWithDomain()}). */
        public Http visitorByDomain() {
            if (domain.isEmpty()) {
                throw new IllegalStateException("This village has no domain: use TestVillages.createWithDomain()");
            }
            return new Http(Http.BASE, "Host", domain);
        }
    }

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    /** The answer is one flat JSON object of strings and numbers. */
    private static final Pattern FIELD = Pattern.compile("\"(\\w+)\":(?:\"((?:[^\"\\\\]|\\\\.)*)\"|(-?\\d+))");

    private TestVillages() {}

    public static Village create() {
        return create(false);
    }

    /** A fresh village that also answers on its own domain, {@code <slug>.desa.test} (Host header). */
    public static Village createWithDomain() {
        return create(true);
    }

    private static Village create(boolean withDomain) {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(Http.BASE + FreshVillageServlet.PATH + (withDomain ? "?domain=true" : "")))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        HttpResponse<String> answer;
        try {
            answer = CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new AssertionError("The fixture entry point did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        if (answer.statusCode() != 200) {
            throw new AssertionError("No fresh village: " + answer.statusCode() + " " + answer.body());
        }
        Map<String, String> fields = new HashMap<>();
        Matcher m = FIELD.matcher(answer.body());
        while (m.find()) {
            fields.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
        }
        return new Village(
                Long.parseLong(fields.get("id")),
                fields.get("code"),
                fields.get("slug"),
                fields.get("name"),
                fields.get("adminEmail"),
                fields.get("officialEmail"),
                fields.get("residentEmail"),
                fields.get("password"),
                fields.getOrDefault("domain", ""));
    }
}
