package id.portaldesa.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A village's JSON API answers for that village only, under its slug and on its own domain, and the
 * platform host has no village API at all.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class VillageApiIT {

    @Test
    void theApiAnswersForTheVillageItIsReachedThrough() {
        TestVillages.Village a = TestVillages.createWithDomain();
        TestVillages.Village b = TestVillages.create();

        Http.Page bySlug = new Http().get(a.prefix() + "/api/v1/desa");
        assertEquals(200, bySlug.status(), bySlug.body());
        assertTrue(bySlug.header("Content-Type").startsWith("application/json"), bySlug.header("Content-Type"));
        assertTrue(bySlug.body().contains("\"code\":\"" + a.code() + "\""), bySlug.body());
        assertTrue(bySlug.body().contains("\"slug\":\"" + a.slug() + "\""), bySlug.body());
        assertFalse(bySlug.body().contains(b.code()));

        Http.Page byDomain = a.visitorByDomain().get("/api/v1/desa");
        assertEquals(200, byDomain.status(), byDomain.body());
        assertTrue(byDomain.body().contains("\"code\":\"" + a.code() + "\""), byDomain.body());

        Http.Page other = new Http().get(b.prefix() + "/api/v1/desa");
        assertTrue(other.body().contains("\"code\":\"" + b.code() + "\""), other.body());
        assertFalse(other.body().contains(a.code()));
    }

    @Test
    void thePlatformHostHasNoVillageApi() {
        assertEquals(404, new Http().get("/api/v1/desa").status());
        assertEquals(404, new Http().get("/api").status());
        assertEquals(404, new Http().get("/desa-tidak-ada/api/v1/desa").status());
    }

    @Test
    void theOpenApiDocumentDescribesTheVillageApi() {
        Http.Page document = new Http().get("/openapi");
        assertEquals(200, document.status(), document.body());
        assertTrue(document.body().contains("/api/v1/desa"), document.body());
        assertTrue(document.body().contains("{desa}"), "addresses are inside a village: " + document.body());
    }
}
