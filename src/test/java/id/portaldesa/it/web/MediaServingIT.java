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

    /**
     * A figure, not a budget check (the suite's Payara is shared with every other test): 64
     * connections fetching one 640-pixel variant for a few seconds, as a phone's image requests do
     * after a page. No answer may fail.
     */
    @Test
    void aVariantServedToSixtyFourConnectionsAtOnce() throws Exception {
        TestVillages.Village village = TestVillages.create();
        MediaFixtures.Stored photo = MediaFixtures.image(village, TestPictures.jpeg(2000, 1500), "PUBLIC");
        java.net.URI address = java.net.URI.create(Http.BASE + village.prefix() + photo.variant(640));
        int connections = 64;
        long until = System.nanoTime() + java.time.Duration.ofSeconds(5).toNanos();
        java.util.List<Long> latencies = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        java.util.concurrent.atomic.AtomicInteger failed = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(connections);
        long started = System.nanoTime();
        for (int i = 0; i < connections; i++) {
            pool.submit(() -> {
                java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                        .version(java.net.http.HttpClient.Version.HTTP_1_1)
                        .build();
                java.net.http.HttpRequest request =
                        java.net.http.HttpRequest.newBuilder(address).build();
                while (System.nanoTime() < until) {
                    long t = System.nanoTime();
                    try {
                        HttpResponse<byte[]> answer = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (answer.statusCode() != 200 || answer.body().length == 0) {
                            failed.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                    latencies.add(System.nanoTime() - t);
                }
                return null;
            });
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS));
        double seconds = (System.nanoTime() - started) / 1e9;
        java.util.List<Long> sorted = new java.util.ArrayList<>(latencies);
        java.util.Collections.sort(sorted);
        long p99 = sorted.get((int) Math.floor(sorted.size() * 0.99) - 1) / 1_000_000;
        System.out.printf(
                "Media variant (640 px, %d bytes) at %d connections: %d requests, %.0f requests/s, p50 %d ms, p99 %d ms, %d failed%n",
                new Http().raw(village.prefix() + photo.variant(640)).body().length,
                connections,
                sorted.size(),
                sorted.size() / seconds,
                sorted.get(sorted.size() / 2) / 1_000_000,
                p99,
                failed.get());
        assertEquals(0, failed.get(), "no answer failed");
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
