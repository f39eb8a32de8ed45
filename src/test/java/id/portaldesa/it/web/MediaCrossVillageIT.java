package id.portaldesa.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.portaldesa.media.TestPictures;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A village serves only its own media: another village's id answers 404, by slug path and on the
 * village's own domain, exactly like an id that does not exist; the platform host serves none.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class MediaCrossVillageIT {

    @Test
    void anotherVillagesPictureIsNotFoundBySlugOrDomain() {
        TestVillages.Village a = TestVillages.createWithDomain();
        TestVillages.Village b = TestVillages.createWithDomain();
        MediaFixtures.Stored ofA = MediaFixtures.image(a, TestPictures.jpeg(700, 400), "PUBLIC");

        assertEquals(200, new Http().raw(a.prefix() + ofA.path()).statusCode(), "A's own, by slug");
        assertEquals(200, a.visitorByDomain().raw(ofA.path()).statusCode(), "A's own, on its domain");

        assertEquals(404, new Http().raw(b.prefix() + ofA.path()).statusCode(), "through B's slug");
        assertEquals(404, b.visitorByDomain().raw(ofA.path()).statusCode(), "on B's domain");
        assertEquals(404, new Http().raw(ofA.path()).statusCode(), "on the platform host");
        for (int width : new int[] {320, 640}) {
            assertEquals(404, new Http().raw(b.prefix() + ofA.variant(width)).statusCode());
            assertEquals(404, b.visitorByDomain().raw(ofA.variant(width)).statusCode());
        }
    }

    @Test
    void anotherVillagesDocumentIsNotFoundBySlugOrDomain() {
        TestVillages.Village a = TestVillages.createWithDomain();
        TestVillages.Village b = TestVillages.createWithDomain();
        MediaFixtures.Stored ofA = MediaFixtures.document(
                a, "%PDF-1.4\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), "perdes.pdf");

        assertEquals(200, a.visitorByDomain().raw(ofA.path()).statusCode());
        assertEquals(404, new Http().raw(b.prefix() + ofA.path()).statusCode());
        assertEquals(404, b.visitorByDomain().raw(ofA.path()).statusCode());
    }

    @Test
    void anotherVillagesLogoIsNotShownThroughTheOldAddress() {
        TestVillages.Village a = TestVillages.createWithDomain();
        TestVillages.Village b = TestVillages.createWithDomain();
        MediaFixtures.image(a, TestPictures.jpeg(300, 300), "PUBLIC");
        assertEquals(404, new Http().raw(b.prefix() + "/public/site/logo.png").statusCode());
        assertEquals(404, b.visitorByDomain().raw("/public/site/logo.png").statusCode());
    }
}
