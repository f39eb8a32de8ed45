package id.portaldesa.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
            assertEquals(
                    200,
                    visitA.get(in(a.village(), way, "/wisata/" + a.destinationSlug()))
                            .status());

            for (String path : List.of(
                    "/produk/" + a.productSlug(),
                    "/wisata/" + a.destinationSlug(),
                    "/produk/" + a.productSlug() + "?kategori=x",
                    "/api/v1/produk/" + a.productSlug(),
                    "/api/v1/wisata/" + a.destinationSlug())) {
                Http.Page other = visitB.get(in(b.village(), way, path));
                assertEquals(404, other.status(), way + " B" + path);
                assertFalse(other.body().contains(marker(a)), way + " B" + path);
            }
            assertFalse(visitB.get(in(b.village(), way, "/produk")).body().contains(a.productSlug()));
            assertFalse(visitB.get(in(b.village(), way, "/wisata")).body().contains(a.destinationSlug()));
            assertFalse(
                    visitB.get(in(b.village(), way, "/api/v1/produk")).body().contains(a.productSlug()));
            assertFalse(
                    visitB.get(in(b.village(), way, "/api/v1/wisata")).body().contains(a.destinationSlug()));
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
            assertFalse(
                    visitA.get(in(a.village(), way, "/api/v1/produk")).body().contains("Rahasia"),
                    "a product waiting for review is not listed");
        }
    }

    /** The unique part of a village's product and destination names (and so of their slugs). */
    static String marker(CatalogueVillages.Catalogue c) {
        return c.productSlug().substring(c.productSlug().lastIndexOf('-') + 1);
    }

    /** This visitor's session (cookies) sent to a village's own domain. */
    static Http onDomain(TestVillages.Village v, Http session) {
        return new Http(Http.BASE, "Host", v.domain(), "Cookie", session.cookieHeader());
    }

    static final List<String> OFFICE =
            List.of("/kantor/produk", "/kantor/lapak", "/kantor/kategori-produk", "/kantor/wisata");

    @Test
    void anotherVillagesAdminReachesNoCataloguePageOfA() {
        // Logged in by slug path: a login on a test domain redirects to a host nothing resolves.
        Http adminOfB = new Http();
        adminOfB.login(
                b.village().prefix(), b.village().adminEmail(), b.village().password());
        for (String page : OFFICE) {
            Http.Page own = adminOfB.get(b.village().prefix() + page);
            assertEquals(200, own.status(), "B's admin opens B" + page);
            assertFalse(own.body().contains(marker(a)), "nothing of A on B" + page);
            assertEquals(200, onDomain(b.village(), adminOfB).get(page).status(), "and on B's domain");
            assertEquals(404, adminOfB.get(a.village().prefix() + page).status(), "A" + page + " by slug");
            assertEquals(404, onDomain(a.village(), adminOfB).get(page).status(), "A" + page + " on A's domain");
        }
        Http.Page review = adminOfB.get(b.village().prefix() + "/kantor/produk");
        assertFalse(review.body().contains(marker(a)), "A's products are not in B's review");
        assertTrue(review.body().contains("Rahasia"), "B's own waiting product is");
    }

    @Test
    void aSellerReachesOnlyTheirOwnProductsInTheirOwnVillage() {
        Http sellerOfA = new Http();
        sellerOfA.login(
                a.village().prefix(), a.village().residentEmail(), a.village().password());
        Http sellerOfB = new Http();
        sellerOfB.login(
                b.village().prefix(), b.village().residentEmail(), b.village().password());

        assertEquals(
                200,
                sellerOfA
                        .get(a.village().prefix() + "/akun/lapak/produk?id=" + a.productId())
                        .status());
        assertEquals(
                200,
                onDomain(a.village(), sellerOfA)
                        .get("/akun/lapak/produk?id=" + a.productId())
                        .status());
        for (Http session : List.of(sellerOfA, sellerOfB)) {
            TestVillages.Village own = session == sellerOfA ? a.village() : b.village();
            CatalogueVillages.Catalogue other = session == sellerOfA ? b : a;
            for (Http way : List.of(session, onDomain(own, session))) {
                String prefix = way == session ? own.prefix() : "";
                Http.Page foreign = way.get(prefix + "/akun/lapak/produk?id=" + other.productId());
                assertEquals(404, foreign.status(), "the other village's product through " + own.slug());
                assertFalse(foreign.body().contains(marker(other)));
            }
            assertEquals(
                    404, session.get(other.village().prefix() + "/akun/lapak").status(), "not a resident there");
            assertEquals(
                    404, onDomain(other.village(), session).get("/akun/lapak").status(), "nor on its domain");
        }
        assertEquals(
                404,
                sellerOfA
                        .get(a.village().prefix() + "/akun/lapak/produk?id=" + a.pendingProductId() * 1000)
                        .status(),
                "no such product");
    }
}
