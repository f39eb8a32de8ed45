package id.portaldesa.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.media.TestPictures;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Public media over HTTP, as browsers and WhatsApp's link preview fetch them: the right type, kept a
 * year when the address carries the file's version, never sniffed into something else, revalidated
 * by ETag; documents offered for download under a safe name; private media as absent as missing ones.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class MediaServingIT {

    static String header(HttpResponse<?> answer, String name) {
        return answer.headers().firstValue(name).orElse("");
    }

    @Test
    void aPublicPictureIsServedForAYearWithItsTypeAndEtag() {
        TestVillages.Village village = TestVillages.create();
        MediaFixtures.Stored photo = MediaFixtures.image(village, TestPictures.jpeg(2000, 1500), "PUBLIC");
        assertEquals(1280, photo.width());

        HttpResponse<byte[]> largest = new Http().raw(village.prefix() + photo.path());
        assertEquals(200, largest.statusCode());
        assertEquals("image/jpeg", header(largest, "Content-Type"));
        assertEquals("public, max-age=31536000, immutable", header(largest, "Cache-Control"));
        assertEquals("nosniff", header(largest, "X-Content-Type-Options"));
        assertEquals(String.valueOf(largest.body().length), header(largest, "Content-Length"));
        assertEquals(1280, TestPictures.read(largest.body()).getWidth());
        String etag = header(largest, "ETag");
        assertTrue(etag.contains(photo.version()), etag);

        HttpResponse<byte[]> small = new Http().raw(village.prefix() + photo.variant(320));
        assertEquals(320, TestPictures.read(small.body()).getWidth());
        assertTrue(small.body().length < largest.body().length / 4, "the small variant is small");

        HttpResponse<byte[]> again = new Http().raw(village.prefix() + photo.path(), "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);

        HttpResponse<byte[]> unversioned = new Http().raw(village.prefix() + photo.unversioned());
        assertEquals(200, unversioned.statusCode());
        assertEquals("public, no-cache", header(unversioned, "Cache-Control"), "no year without the version");
        HttpResponse<byte[]> stale = new Http().raw(village.prefix() + photo.unversioned() + "?v=0000");
        assertEquals("public, no-cache", header(stale, "Cache-Control"));

        for (String wrong : new String[] {
            photo.variant(500),
            photo.path().replace(".jpg", ".png"),
            photo.path().replace("/1280.", "/01280."),
            "/public/media/" + photo.id() + "/berkas.pdf",
            "/public/media/" + photo.id() + "/1280.jpg/x",
            "/public/media/" + photo.id(),
            "/public/media/x/1280.jpg",
            "/public/media/" + (photo.id() + 1_000_000) + "/320.jpg"
        }) {
            assertEquals(404, new Http().raw(village.prefix() + wrong).statusCode(), wrong);
        }
    }

    @Test
    void transparencyIsServedAsPng() {
        TestVillages.Village village = TestVillages.create();
        MediaFixtures.Stored logo = MediaFixtures.image(village, TestPictures.transparentPng(200, 200), "PUBLIC");
        HttpResponse<byte[]> answer = new Http().raw(village.prefix() + logo.path());
        assertEquals("image/png", header(answer, "Content-Type"));
        assertTrue(logo.path().contains("/200.png?v="), logo.path());
    }

    @Test
    void aDocumentIsADownloadUnderASafeName() {
        TestVillages.Village village = TestVillages.create();
        String pdf = "%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n";
        MediaFixtures.Stored perdes = MediaFixtures.document(
                village, pdf.getBytes(StandardCharsets.US_ASCII), "Perdes \"APBDes\"\r\nSet-Cookie: x=1;.pdf");

        HttpResponse<byte[]> answer = new Http().raw(village.prefix() + perdes.path());
        assertEquals(200, answer.statusCode());
        assertEquals("application/pdf", header(answer, "Content-Type"));
        String disposition = header(answer, "Content-Disposition");
        assertTrue(disposition.startsWith("attachment; filename=\""), disposition);
        assertTrue(disposition.contains("filename*=UTF-8''"), disposition);
        assertFalse(answer.headers().firstValue("Set-Cookie").isPresent(), "no header smuggled in by the name");
        assertTrue(header(answer, "Content-Security-Policy").contains("sandbox"));
        assertEquals("nosniff", header(answer, "X-Content-Type-Options"));
        assertEquals(pdf, new String(answer.body(), StandardCharsets.US_ASCII));
    }

    @Test
    void privateMediaAreNotServedByAddress() {
        TestVillages.Village village = TestVillages.create();
        MediaFixtures.Stored scan = MediaFixtures.image(village, TestPictures.jpeg(800, 500), "PRIVATE");
        HttpResponse<byte[]> answer = new Http().raw(village.prefix() + scan.path());
        assertEquals(404, answer.statusCode());
        HttpResponse<byte[]> missing =
                new Http().raw(village.prefix() + "/public/media/" + Long.MAX_VALUE / 10 + "/800.jpg");
        assertEquals(404, missing.statusCode());
        assertEquals(
                new String(missing.body(), StandardCharsets.UTF_8), new String(answer.body(), StandardCharsets.UTF_8));
    }
}
