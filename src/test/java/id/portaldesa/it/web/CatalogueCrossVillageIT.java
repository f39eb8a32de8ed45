package id.portaldesa.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every catalogue page, action and API of village A, tried through village B, by B's slug path and
 * on B's own domain, by visitors, B's admin and B's seller, and by another seller of A: nothing of A
 * is seen or changed; each answers exactly like a missing record (404).
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class CatalogueCrossVillageIT {

    static CatalogueVillages.Catalogue a;
    static CatalogueVillages.Catalogue b;

    @BeforeAll
    static void villages() {
        a = CatalogueVillages.create(true);
        b = CatalogueVillages.create(true);
    }

    /** A visitor of a village: by its slug path ("") or on its own domain. */
    enum Way {
        SLUG,
        DOMAIN
    }

    static Http visitor(TestVillages.Village v, Way way) {
        return way == Way.SLUG ? new Http() : v.visitorByDomain();
    }

    static String in(TestVillages.Village v, Way way, String path) {
        return (way == Way.SLUG ? v.prefix() : "") + path;
    }

    @Test
    void aVillagesPublicPagesShowItsOwnCatalogueOnly() {
        for (Way way : Way.values()) {
            Http visitA = visitor(a.village(), way);
            Http visitB = visitor(b.village(), way);
            Http.Page product = visitA.get(in(a.village(), way, "/produk/" + a.productSlug()));
            assertEquals(200, product.status(), way + " " + product.text());
            assertTrue(product.text().contains("Rp15.000"), product.text());
            Http.Page list = visitA.get(in(a.village(), way, "/produk"));
            assertTrue(list.body().contains(a.productSlug()), way + ": " + list.text());
            assertFalse(list.body().contains(b.productSlug()), way + ": B's product is not in A's list");
            assertEquals(200, visitA.get(in(a.village(), way, "/wisata/" + a.destinationSlug())).status());

            for (String path : List.of(
                    "/produk/" + a.productSlug(),
                    "/wisata/" + a.destinationSlug(),
                    "/produk/" + a.productSlug() + "?kategori=x",
                    "/api/v1/produk/" + a.productSlug(),
                    "/api/v1/wisata/" + a.destinationSlug())) {
                Http.Page other = visitB.get(in(b.village(), way, path));
                assertEquals(404, other.status(), way + " B" + path);
                assertFalse(other.body().contains("Keripik " + a.village().name()), way + " B" + path);
            }
            assertFalse(visitB.get(in(b.village(), way, "/produk")).body().contains(a.productSlug()));
            assertFalse(visitB.get(in(b.village(), way, "/wisata")).body().contains(a.destinationSlug()));
            assertFalse(visitB.get(in(b.village(), way, "/api/v1/produk")).body().contains(a.productSlug()));
            assertFalse(visitB.get(in(b.village(), way, "/api/v1/wisata")).body().contains(a.destinationSlug()));
            assertFalse(visitB.get(in(b.village(), way, "/sitemap.xml")).body().contains(a.productSlug()));
        }
    }

    @Test
    void theApiAnswersAnotherVillagesOrAnUnpublishedRecordLikeAMissingOne() {
        for (Way way : Way.values()) {
            Http visitA = visitor(a.village(), way);
            Http.Page found = visitA.get(in(a.village(), way, "/api/v1/produk/" + a.productSlug()));
            assertEquals(200, found.status(), found.body());
            assertTrue(found.header("Content-Type").startsWith("application/json"));
            assertTrue(found.body().contains("\"priceText\":\"Rp15.000\""), found.body());
            Http.Page missing = visitA.get(in(a.village(), way, "/api/v1/produk/tidak-ada"));
            Http.Page foreign = visitA.get(in(a.village(), way, "/api/v1/produk/" + b.productSlug()));
            Http.Page pending = visitA.get(in(a.village(), way, "/api/v1/produk/rahasia"));
            for (Http.Page answer : List.of(missing, foreign, pending)) {
                assertEquals(404, answer.status());
                assertTrue(answer.header("Content-Type").startsWith("application/json"), answer.header("Content-Type"));
                assertEquals(missing.body(), answer.body(), "exactly like a missing one");
            }
            assertFalse(visitA.get(in(a.village(), way, "/api/v1/produk")).body().contains("Rahasia"),
                    "a product waiting for review is not listed");
        }
    }

    @Test
    void anotherVillagesAdminReachesNoCataloguePageOfA() {
        for (Way way : Way.values()) {
            Http adminOfB = way == Way.SLUG ? new Http() : b.village().visitorByDomain();
            adminOfB.login(way == Way.SLUG ? b.village().prefix() : "", b.village().adminEmail(), b.village().password());
            Http.Page own = adminOfB.get(in(b.village(), way, "/kantor/produk"));
            assertEquals(200, own.status(), "B's admin opens B's page");
            assertFalse(own.body().contains("Keripik " + a.village().name()), "A's products are not in B's review");
            Http.Page sellersOfB = adminOfB.get(in(b.village(), way, "/kantor/lapak"));
            assertFalse(sellersOfB.body().contains("Lapak " + a.village().name()));
            if (way == Way.SLUG) {
                for (String page : List.of("/kantor/produk", "/kantor/lapak", "/kantor/kategori-produk", "/kantor/wisata")) {
                    assertEquals(404, adminOfB.get(a.village().prefix() + page).status(), "A" + page);
                }
            }
        }
        // On A's own domain, B's session means nothing: A's pages send a visitor to log in.
        Http.Page byDomain = a.village().visitorByDomain().get("/kantor/produk");
        assertTrue(byDomain.url().endsWith("/masuk"), byDomain.url());
    }

    @Test
    void aSellerReachesOnlyTheirOwnProductsInTheirOwnVillage() {
        Function<TestVillages.Village, Http> sellerOf = v -> {
            Http seller = new Http();
            seller.login(v.prefix(), v.residentEmail(), v.password());
            return seller;
        };
        Http sellerOfA = sellerOf.apply(a.village());
        assertEquals(200, sellerOfA.get(a.village().prefix() + "/akun/lapak/produk?id=" + a.productId()).status());
        assertEquals(404, sellerOfA.get(a.village().prefix() + "/akun/lapak/produk?id=" + b.productId()).status(),
                "B's product through A's address");
        assertEquals(404, sellerOfA.get(b.village().prefix() + "/akun/lapak").status(), "not a resident of B");
        assertEquals(404, sellerOfA.get(b.village().prefix() + "/akun/lapak/produk?id=" + b.productId()).status());

        Http sellerOfB = sellerOf.apply(b.village());
        Http.Page foreign = sellerOfB.get(b.village().prefix() + "/akun/lapak/produk?id=" + a.productId());
        assertEquals(404, foreign.status(), "A's product through B's address");
        assertFalse(foreign.body().contains("Keripik " + a.village().name()));
        Http onDomain = b.village().visitorByDomain();
        onDomain.login("", b.village().residentEmail(), b.village().password());
        assertEquals(404, onDomain.get("/akun/lapak/produk?id=" + a.productId()).status(), "on B's domain");
        assertEquals(200, onDomain.get("/akun/lapak/produk?id=" + b.productId()).status());
    }
}
