package id.portaldesa.it.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A person on a village's own domain ({@code <slug>.desa.test}, sent as the Host header) who logs in
 * there. {@link Http} follows redirects, and the container makes every redirect absolute with the
 * Host it was asked for, a name nothing resolves here: this client never follows one, so a page that
 * sends a visitor to the login page answers with its redirect instead of failing the test.
 */
final class DomainSession {

    record Answer(int status, String body, String location) {}

    private final String host;
    private final String address = Http.freshAddress();
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    DomainSession(String host) {
        this.host = host;
    }

    /** Logs in on the domain's own login page: true when the portal took the password. */
    boolean login(String email, String password) {
        Answer form = get("/masuk");
        Document page = Jsoup.parse(form.body(), Http.BASE + "/masuk");
        Element login = page.getElementById("login");
        if (login == null) {
            throw new AssertionError("No login form on " + host + ": " + form.status() + " " + form.body());
        }
        Map<String, String> data = new LinkedHashMap<>();
        for (Element input : login.select("input[name]")) {
            String type = input.attr("type");
            if (!type.equals("submit") && !type.equals("button")) {
                data.put(input.attr("name"), input.val());
            }
        }
        data.put("login:email", email);
        data.put("login:password", password);
        data.put("login:submit", "x");
        String body = data.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        Answer answer = send(HttpRequest.newBuilder(URI.create(Http.BASE + "/masuk"))
                .header("Host", host)
                .header("X-Forwarded-For", address)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
        return answer.status() / 100 == 3 && !answer.location().contains("/masuk");
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(Http.BASE + path))
                .header("Host", host)
                .header("X-Forwarded-For", address)
                .GET()
                .build());
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(
                    r.statusCode(), r.body(), r.headers().firstValue("Location").orElse(""));
        } catch (IOException e) {
            throw new AssertionError("Request failed: " + request.uri() + " on " + host, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
