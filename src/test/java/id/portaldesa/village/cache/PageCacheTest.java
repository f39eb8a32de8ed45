package id.portaldesa.village.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class PageCacheTest {

    static final CachedPage PAGE =
            CachedPage.of("text/html;charset=UTF-8", "<p>Desa</p>".getBytes(StandardCharsets.UTF_8));

    /** A clock the test moves by hand. */
    static final class Hands extends Clock {
        Instant now = Instant.parse("2026-11-23T08:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void keepsAtMostItsCapacityDroppingTheLeastRecentlyRead() {
        PageCache<String> cache = new PageCache<>(2, Duration.ofMinutes(1), Clock.systemUTC());
        cache.put("kungkai", PAGE);
        cache.put("sungai-kapas", PAGE);
        cache.get("kungkai");
        cache.put("tambang-emas", PAGE);
        assertEquals(2, cache.size());
        assertTrue(cache.get("kungkai").isPresent());
        assertFalse(cache.get("sungai-kapas").isPresent(), "least recently read goes first");
        assertTrue(cache.get("tambang-emas").isPresent());
    }

    @Test
    void whenFullTheLeastRecentlyReadTenthGoesAndWhatIsReadStays() {
        PageCache<Integer> cache = new PageCache<>(20, Duration.ofMinutes(1), Clock.systemUTC());
        for (int page = 0; page < 20; page++) {
            cache.put(page, PAGE);
        }
        for (int page = 10; page < 20; page++) {
            cache.get(page);
        }
        cache.put(20, PAGE);
        assertEquals(18, cache.size(), "one over capacity plus a tenth of it");
        for (int page = 10; page <= 20; page++) {
            assertTrue(cache.get(page).isPresent(), "page " + page + " was read or is new");
        }
        assertFalse(cache.get(0).isPresent());
        assertFalse(cache.get(2).isPresent());
    }

    @Test
    void dropsOnlyTheMatchingEntries() {
        PageCache<String> cache = new PageCache<>(10, Duration.ofMinutes(1), Clock.systemUTC());
        cache.put("kungkai/id", PAGE);
        cache.put("kungkai/en", PAGE);
        cache.put("sungai-kapas/id", PAGE);
        assertEquals(2, cache.count(k -> k.startsWith("kungkai/")));
        cache.removeIf(k -> k.startsWith("kungkai/"));
        assertEquals(0, cache.count(k -> k.startsWith("kungkai/")));
        assertTrue(cache.get("sungai-kapas/id").isPresent(), "another village's page stays");
    }

    @Test
    void forgetsAPageOlderThanItsMaximumAge() {
        Hands clock = new Hands();
        PageCache<String> cache = new PageCache<>(10, Duration.ofSeconds(60), clock);
        cache.put("kungkai", PAGE);
        clock.now = clock.now.plusSeconds(60);
        assertTrue(cache.get("kungkai").isPresent());
        clock.now = clock.now.plusSeconds(1);
        assertFalse(cache.get("kungkai").isPresent());
        assertEquals(0, cache.size());
    }

    @Test
    void storesTheCompressedFormAndDistinctValidatorsPerEncoding() throws IOException {
        byte[] html =
                "<html><body>Selamat datang di Kungkai</body></html>".repeat(20).getBytes(StandardCharsets.UTF_8);
        CachedPage page = CachedPage.of("text/html;charset=UTF-8", html);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(page.gzipped()))) {
            assertArrayEquals(html, in.readAllBytes());
        }
        assertTrue(page.gzipped().length < html.length / 4);
        assertTrue(page.etag().matches("\"[0-9a-f]{32}\""), page.etag());
        assertNotEquals(page.etag(), page.gzipEtag());
        assertEquals(page.etag(), CachedPage.of("text/html", html).etag(), "same bytes, same validator");
        assertNotEquals(page.etag(), PAGE.etag());
    }
}
