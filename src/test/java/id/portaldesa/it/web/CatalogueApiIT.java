package id.portaldesa.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.json.Json;

/**
 * The catalogue's public output, pages and JSON alike: what a product shows (price in rupiah, unit,
 * shop, order link) and never who the seller is (no name, email or NIK of the person); the API's
 * paging; the OpenAPI document; OpenGraph cards.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class CatalogueApiIT {

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(Http.Page page) {
        return new Json().toType(page.body(), Map.class);
    }

    @Test
    void theApiListsAndPagesPublicProductsAndDestinations() {
        CatalogueVillages.Catalogue c = CatalogueVillages.create(false);
        Http visitor = new Http();
        Map<String, Object> list = json(visitor.get(c.village().prefix() + "/api/v1/produk?ukuran=1&hal=1"));
        assertEquals(1L, ((Number) list.get("total")).longValue(), "the waiting product is not listed");
        assertEquals(1L, ((Number) list.get("size")).longValue());
        List<?> items = (List<?>) list.get("items");
        Map<?, ?> product = (Map<?, ?>) items.get(0);
        assertEquals(c.productSlug(), product.get("slug"));
        assertEquals(15000L, ((Number) product.get("price")).longValue());
        assertEquals("Rp15.000", product.get("priceText"));
        assertEquals("PACK", product.get("unit"));
        assertEquals("per bungkus", product.get("unitText"));
        assertEquals("Lapak " + c.village().name(), product.get("shop"));
        String order = (String) product.get("orderUrl");
        assertTrue(order.startsWith("https://wa.me/6281234567890?text="), order);
        String url = (String) product.get("url");
        assertTrue(url.endsWith(c.village().prefix() + "/produk/" + c.productSlug()), url);
        List<?> photos = (List<?>) product.get("photos");
        assertEquals(1, photos.size());
        List<?> variants = (List<?>) photos.get(0);
        assertTrue(variants.size() >= 2, "the photo's variants: " + variants);
        String variant = (String) ((Map<?, ?>) variants.get(0)).get("url");
        assertEquals(
                200,
                new Http()
                        .raw(URI.create(variant).getRawPath() + "?"
                                + URI.create(variant).getRawQuery())
                        .statusCode(),
                variant);

        Map<String, Object> tooBig = json(visitor.get(c.village().prefix() + "/api/v1/produk?ukuran=100000&hal=-3"));
        assertEquals(100L, ((Number) tooBig.get("size")).longValue(), "at most 100 a page");
        assertEquals(1L, ((Number) tooBig.get("page")).longValue());

        Map<String, Object> places = json(visitor.get(c.village().prefix() + "/api/v1/wisata"));
        assertEquals(1L, ((Number) places.get("total")).longValue());
        Map<?, ?> place = (Map<?, ?>) ((List<?>) places.get("items")).get(0);
        assertEquals(c.destinationSlug(), place.get("slug"));
        assertEquals(List.of("Parkir"), place.get("facilities"));
    }

    @Test
    void noPublicOutputNamesThePersonBehindAShop() {
        CatalogueVillages.Catalogue c = CatalogueVillages.create(false);
        String person = "Warga " + c.village().name();
        Http visitor = new Http();
        for (String path : List.of(
                "/produk",
                "/produk/" + c.productSlug(),
                "/api/v1/produk",
                "/api/v1/produk/" + c.productSlug(),
                "/cari?q=keripik",
                "/sitemap.xml",
                "/")) {
            Http.Page page = visitor.get(c.village().prefix() + path);
            assertFalse(page.body().contains(c.village().residentEmail()), path + " shows the seller's email");
            assertFalse(page.body().contains(person), path + " shows the seller's own name");
            assertFalse(page.body().matches("(?s).*\\b1502\\d{12}\\b.*"), path + " shows a NIK");
        }
        Http.Page product = visitor.get(c.village().prefix() + "/produk/" + c.productSlug());
        assertTrue(product.text().contains("Lapak " + c.village().name()), "the shop's name is public");
    }

    @Test
    void aProductPageIsACardWhenShared() {
        CatalogueVillages.Catalogue c = CatalogueVillages.create(false);
        Http.Page page = new Http().get(c.village().prefix() + "/produk/" + c.productSlug());
        var html = page.html();
        assertTrue(html.select("meta[property=og:title]").attr("content").contains("Rp15.000"));
        String image = html.select("meta[property=og:image]").attr("content");
        assertTrue(image.startsWith("http") && image.contains("/public/media/"), image);
        assertTrue(html.select("meta[property=og:url]").attr("content").endsWith("/produk/" + c.productSlug()));
        assertEquals(
                "summary_large_image", html.select("meta[name=twitter:card]").attr("content"));
        assertFalse(page.body().contains("<script"), "no script on a public page");
        assertTrue(page.headers().allValues("Set-Cookie").isEmpty(), "a visitor costs no session");
    }

    @Test
    void anOldSlugAnswers301InPagesAndApi() throws Exception {
        CatalogueVillages.Catalogue c = CatalogueVillages.create(true);
        HttpClient noRedirects =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String prefix = c.village().prefix();
        for (String[] moved : List.of(
                new String[] {"/produk/" + c.oldProductSlug(), "/produk/" + c.productSlug()},
                new String[] {"/wisata/" + c.oldDestinationSlug(), "/wisata/" + c.destinationSlug()},
                new String[] {"/api/v1/produk/" + c.oldProductSlug(), "/api/v1/produk/" + c.productSlug()},
                new String[] {"/api/v1/wisata/" + c.oldDestinationSlug(), "/api/v1/wisata/" + c.destinationSlug()})) {
            HttpResponse<String> bySlug = noRedirects.send(
                    HttpRequest.newBuilder(URI.create(Http.BASE + prefix + moved[0]))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(301, bySlug.statusCode(), moved[0]);
            assertEquals(
                    prefix + moved[1],
                    URI.create(bySlug.headers().firstValue("Location").orElse(""))
                            .getPath());
            HttpResponse<String> byDomain = noRedirects.send(
                    HttpRequest.newBuilder(URI.create(Http.BASE + moved[0]))
                            .header("Host", c.village().domain())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(301, byDomain.statusCode(), "on the domain: " + moved[0]);
            assertEquals(
                    moved[1],
                    URI.create(byDomain.headers().firstValue("Location").orElse(""))
                            .getPath());
        }
        assertEquals(
                200, new Http().get(prefix + "/produk/" + c.oldProductSlug()).status(), "followed, it opens");
    }

    @Test
    void theOpenApiDocumentDescribesTheCatalogue() {
        Http.Page document = new Http().get("/openapi");
        assertEquals(200, document.status());
        for (String path :
                List.of("/api/v1/produk", "/api/v1/produk/{slug}", "/api/v1/wisata", "/api/v1/wisata/{slug}")) {
            assertTrue(document.body().contains(path), path + " in " + document.body());
        }
        assertNotNull(document.body());
    }
}
