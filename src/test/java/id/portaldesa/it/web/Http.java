package id.portaldesa.it.web;

import id.portaldesa.it.container.Fixtures;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
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
 * One visitor with their own cookies, talking to the running portal over HTTP like a browser
 * without JavaScript: GET pages, fill a Faces form (with its view state) and submit it.
 */
public final class Http {

    public static final String BASE = "http://127.0.0.1:" + System.getProperty("portal.test.http.port", "18080");

    private final String base;
    private final String[] headers;

    /** A visitor of the portal under test. */
    /**
     * A visitor of the portal under test, on a phone of their own: the loopback proxy names a
     * random address, so the limits per visitor address count each test visitor apart, as they
     * count different residents apart in production.
     */
    public Http() {
        this(BASE, "X-Forwarded-For", freshAddress());
    }

    /** An address no other visitor of the run has (in practice): a header value only, never dialled. */
    public static String freshAddress() {
        java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
        return "10." + r.nextInt(1, 255) + "." + r.nextInt(1, 255) + "." + r.nextInt(1, 255);
    }

    /** A visitor of a portal started elsewhere, e.g. {@code http://127.0.0.1:18091}. */
    public Http(String base, String... headers) {
        this.base = base;
        this.headers = headers;
    }

    /** A visitor at this address, seen through the reverse proxy on loopback (as deploy/ sets it up). */
    public static Http behindProxy(String address) {
        return new Http(BASE, "X-Forwarded-For", address);
    }

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    /** A response with its status, final URL and parsed page. */
    public record Page(int status, String url, String body, HttpHeaders headers) {
        public Document html() {
            return Jsoup.parse(body, url);
        }

        public String text() {
            return html().text();
        }

        public String header(String name) {
            return headers.firstValue(name).orElse("");
        }
    }

    public Page get(String path) {
        return send(withHeaders(HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path)))
                .GET()
                .build());
    }

    /** The value of this visitor's cookie, or null. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    /** Every cookie of this visitor as one {@code Cookie} request header value. */
    public String cookieHeader() {
        return cookies.getCookieStore().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    /** The answer exactly as sent (bytes not decoded), with extra request headers as name, value pairs. */
    public HttpResponse<byte[]> raw(String path, String... headers) {
        HttpRequest.Builder request =
                withHeaders(HttpRequest.newBuilder(URI.create(base + path))).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return exchange(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Fills the form with the given id (field ids without the form prefix) and presses its button. */
    public Page submit(Page page, String formId, Map<String, String> fields, String buttonId) {
        Element form = page.html().getElementById(formId);
        if (form == null) {
            throw new AssertionError("No form '" + formId + "' on " + page.url() + ":\n" + page.text());
        }
        Map<String, String> data = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            String type = input.attr("type");
            if (!type.equals("submit") && !type.equals("button")) {
                data.put(input.attr("name"), input.val());
            }
        }
        fields.forEach((id, value) -> data.put(formId + ":" + id, value));
        data.put(formId + ":" + buttonId, "x");
        return post(URI.create(page.url()).resolve(form.attr("action")).toString(), data);
    }

    /**
     * Fills a multipart form (a file upload) like {@link #submit}, with one file for the input
     * {@code fileId}, and presses its button.
     */
    public Page upload(Page page, String formId, String fileId, String fileName, byte[] file, String buttonId) {
        Element form = page.html().getElementById(formId);
        if (form == null) {
            throw new AssertionError("No form '" + formId + "' on " + page.url() + ":\n" + page.text());
        }
        String boundary = "----portal" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.util.function.BiConsumer<String, String> part = (name, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        for (Element input : form.select("input[name]")) {
            String type = input.attr("type");
            if (!type.equals("submit") && !type.equals("button") && !type.equals("file") && !type.equals("checkbox")) {
                part.accept(input.attr("name"), input.val());
            }
        }
        part.accept(formId + ":" + buttonId, "x");
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + formId + ":" + fileId
                        + "\"; filename=\"" + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String url = URI.create(page.url()).resolve(form.attr("action")).toString();
        return send(withHeaders(HttpRequest.newBuilder(URI.create(url)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    /**
     * Fills a multipart form like {@link #submit} (field ids without the form prefix) and presses its
     * button, sending its file inputs empty, as a browser does when no file is chosen.
     */
    public Page submitMultipart(Page page, String formId, Map<String, String> fields, String buttonId) {
        Element form = page.html().getElementById(formId);
        if (form == null) {
            throw new AssertionError("No form '" + formId + "' on " + page.url() + ":\n" + page.text());
        }
        String boundary = "----portal" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.util.function.BiConsumer<String, String> part = (name, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        Map<String, String> data = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            String type = input.attr("type");
            if (type.equals("file")) {
                body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + input.attr("name")
                                + "\"; filename=\"\"\r\nContent-Type: application/octet-stream\r\n\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            } else if (!type.equals("submit") && !type.equals("button") && !type.equals("checkbox")) {
                data.put(input.attr("name"), input.val());
            }
        }
        fields.forEach((id, value) -> data.put(formId + ":" + id, value));
        data.put(formId + ":" + buttonId, "x");
        data.forEach(part);
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String url = URI.create(page.url()).resolve(form.attr("action")).toString();
        return send(withHeaders(HttpRequest.newBuilder(URI.create(url)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    /** Posts form fields by their full names, as a page on another site could make the browser do. */
    public Page post(String url, Map<String, String> data) {
        String body = data.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(withHeaders(HttpRequest.newBuilder(URI.create(url.startsWith("http") ? url : base + url)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** Posts a body of the given type as it is (e.g. a multipart form built by the test), with this visitor's cookies. */
    public Page post(String url, byte[] body, String contentType) {
        return send(withHeaders(HttpRequest.newBuilder(URI.create(url.startsWith("http") ? url : base + url)))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    }

    public Page login(String prefix, String email, String password) {
        Page form = get(prefix + "/masuk");
        return submit(form, "login", Map.of("email", email, "password", password), "submit");
    }

    /** Registers as a resident of the village with this path prefix, e.g. {@code /tambang-emas}. */
    public Page registerResident(String prefix, String email, String password) {
        Page form = get(prefix + "/daftar");
        return submit(
                form,
                "register",
                Map.of(
                        "name",
                        "Budi Santoso",
                        "email",
                        email,
                        "password",
                        password,
                        "nik",
                        Fixtures.nik(),
                        "kk",
                        Fixtures.kk()),
                "submit");
    }

    private HttpRequest.Builder withHeaders(HttpRequest.Builder request) {
        return headers.length == 0 ? request : request.headers(headers);
    }

    private Page send(HttpRequest request) {
        HttpResponse<String> r = exchange(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Page(r.statusCode(), r.uri().toString(), r.body(), r.headers());
    }

    private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return client.send(request, body);
        } catch (IOException e) {
            throw new AssertionError("Request failed: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
