package id.portaldesa.it.web;

import id.portaldesa.it.container.CatalogueFixtureServlet;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A fresh test village with a catalogue: a shop, a public product in a category and a
 * waiting one, a destination. */
final class CatalogueVillages {

    record Catalogue(
            TestVillages.Village village,
            long sellerId,
            long productId,
            String productSlug,
            String oldProductSlug,
            long pendingProductId,
            String destinationSlug,
            String oldDestinationSlug,
            String categorySlug) {}

    private static final Pattern FIELD = Pattern.compile("\"(\\w+)\":(?:\"((?:[^\"\\\\]|\\\\.)*)\"|(-?\\d+))");

    private CatalogueVillages() {}

    static Catalogue create(boolean withDomain) {
        TestVillages.Village village = withDomain ? TestVillages.createWithDomain() : TestVillages.create();
        String query = "?village=" + village.id() + "&admin=" + enc(village.adminEmail()) + "&resident="
                + enc(village.residentEmail());
        HttpResponse<String> answer;
        try {
            answer = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(Http.BASE + CatalogueFixtureServlet.PATH + query))
                                    .POST(HttpRequest.BodyPublishers.noBody())
                                    .build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        if (answer.statusCode() != 200) {
            throw new AssertionError("No catalogue: " + answer.statusCode() + " " + answer.body());
        }
        Map<String, String> f = new HashMap<>();
        Matcher m = FIELD.matcher(answer.body());
        while (m.find()) {
            f.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
        }
        return new Catalogue(
                village,
                Long.parseLong(f.get("sellerId")),
                Long.parseLong(f.get("productId")),
                f.get("productSlug"),
                f.get("oldProductSlug"),
                Long.parseLong(f.get("pendingProductId")),
                f.get("destinationSlug"),
                f.get("oldDestinationSlug"),
                f.get("categorySlug"));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
