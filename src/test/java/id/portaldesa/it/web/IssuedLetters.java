package id.portaldesa.it.web;

import id.portaldesa.it.container.IssuedLetterServlet;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Letters issued in fresh villages by the suite's entry point ({@link IssuedLetterServlet}), for web tests. */
final class IssuedLetters {

    record Letter(
            long villageId,
            String slug,
            String domain,
            long id,
            String number,
            String address,
            String sha256,
            byte[] pdf) {

        /** The verification page's path on the platform host, {@code /v/<token>}. */
        String path() {
            return URI.create(address).getPath();
        }

        String token() {
            return address.substring(address.lastIndexOf('/') + 1);
        }
    }

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final Pattern FIELD =
            Pattern.compile("\"(\\w+)\":(?:\"([^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+)\"|(-?\\d+))");

    private IssuedLetters() {}

    static Letter issue(boolean withDomain, String revokedReason) {
        String query = "?domain=" + withDomain
                + (revokedReason == null ? "" : "&revoked=" + URLEncoder.encode(revokedReason, StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(Http.BASE + IssuedLetterServlet.PATH + query))
                .POST(HttpRequest.BodyPublishers.noBody())
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
            throw new AssertionError("No letter issued: " + answer.statusCode() + " " + answer.body());
        }
        Map<String, String> f = new HashMap<>();
        Matcher m = FIELD.matcher(answer.body());
        while (m.find()) {
            f.put(m.group(1), m.group(2) != null ? m.group(2).replace("\\/", "/") : m.group(3));
        }
        return new Letter(
                Long.parseLong(f.get("villageId")),
                f.get("slug"),
                f.get("domain"),
                Long.parseLong(f.get("id")),
                f.get("number"),
                f.get("address"),
                f.get("sha256"),
                Base64.getDecoder().decode(f.get("pdf")));
    }
}
