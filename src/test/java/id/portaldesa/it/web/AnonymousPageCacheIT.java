package id.portaldesa.it.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A village's home page is kept rendered for anonymous visitors. What they must never notice: another
 * village's or another language's page, an old page after the village changed, or a logged-in
 * person's page. What slow links gain: gzip and "not modified" answers.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class AnonymousPageCacheIT {

    static final String ACCEPT_GZIP = "gzip, deflate";

    static final String CACHE = "X-Portal-Cache";

    /** {@code hit} when the answer came from the store, {@code miss} when rendered and stored, else empty. */
    static String cache(HttpResponse<byte[]> answer) {
        return answer.headers().firstValue(CACHE).orElse("");
    }

    static String text(HttpResponse<byte[]> answer) {
        return new String(answer.body(), StandardCharsets.UTF_8);
    }

    static byte[] gunzip(byte[] body) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void repeatedVisitsGetTheSamePageCompressedAndRevalidated() {
        Http visitor = new Http();
        HttpResponse<byte[]> first = visitor.raw("/kungkai/");
        HttpResponse<byte[]> second = visitor.raw("/kungkai/");
        assertEquals(200, second.statusCode());
        assertEquals("hit", cache(second), "the second visit is sent from the store");
        assertArrayEquals(first.body(), second.body());
        assertTrue(text(second).contains("Selamat datang di Kungkai"), text(second));
        String etag = second.headers().firstValue("ETag").orElseThrow();
        assertEquals(
                "private, no-cache",
                second.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(
                second.headers()
                        .firstValue("Content-Security-Policy")
                        .orElse("")
                        .contains("script-src 'self'"),
                "a stored page keeps the security headers");

        HttpResponse<byte[]> gzipped = visitor.raw("/kungkai/", "Accept-Encoding", ACCEPT_GZIP);
        assertEquals("hit", cache(gzipped), "the compressed form is stored with it");
        assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse(""));
        assertArrayEquals(second.body(), gunzip(gzipped.body()));
        assertTrue(
                gzipped.body().length * 2 < second.body().length,
                "compressed " + gzipped.body().length + " of " + second.body().length + " bytes");
        assertNotEquals(etag, gzipped.headers().firstValue("ETag").orElseThrow(), "each encoding has its own ETag");

        HttpResponse<byte[]> unchanged = visitor.raw("/kungkai/", "If-None-Match", etag);
        assertEquals(304, unchanged.statusCode());
        assertEquals(0, unchanged.body().length);
    }

    @Test
    void eachVillageAddressAndLanguageGetsItsOwnPage() {
        Http visitor = new Http();
        visitor.raw("/kungkai/");
        String sungaiKapas = text(visitor.raw("/sungai-kapas/"));
        assertTrue(sungaiKapas.contains("Selamat datang di Sungai Kapas"), sungaiKapas);
        assertFalse(sungaiKapas.contains("Selamat datang di Kungkai"), "not the village stored before");

        visitor.raw("/sungai-kapas/");
        HttpResponse<byte[]> storedKapas = visitor.raw("/sungai-kapas/");
        assertEquals("hit", cache(storedKapas));
        assertFalse(text(storedKapas).contains("Selamat datang di Kungkai"), "a stored page is its own village's");

        visitor.raw("/kungkai/", "Cookie", "portal_lang=en");
        HttpResponse<byte[]> storedEnglish = visitor.raw("/kungkai/", "Cookie", "portal_lang=en");
        assertEquals("hit", cache(storedEnglish));
        assertTrue(text(storedEnglish).contains("Welcome to Kungkai"), text(storedEnglish));
        HttpResponse<byte[]> storedIndonesian = visitor.raw("/kungkai/");
        assertEquals("hit", cache(storedIndonesian));
        assertTrue(text(storedIndonesian).contains("Selamat datang di Kungkai"));

        String byPath = text(visitor.raw("/kungkai/"));
        visitor.raw("/", "Host", "kungkai.localhost");
        HttpResponse<byte[]> storedByDomain = visitor.raw("/", "Host", "kungkai.localhost");
        assertEquals("hit", cache(storedByDomain));
        String byDomain = text(storedByDomain);
        assertTrue(byPath.contains("href=\"/kungkai/daftar\""), byPath);
        assertTrue(byDomain.contains("href=\"/daftar\""), byDomain);
    }

    @Test
    void visitorsSeeAProfileChangeAtOnce() {
        TestVillages.Village village = TestVillages.create();
        Http visitor = new Http();
        HttpResponse<byte[]> first = visitor.raw(village.prefix() + "/");
        assertEquals(200, first.statusCode());
        assertEquals("miss", cache(first), "a fresh village's page is rendered the first time");
        assertEquals("hit", cache(visitor.raw(village.prefix() + "/")), "and then stored");
        String tagline = newTagline(village);
        HttpResponse<byte[]> changed = visitor.raw(village.prefix() + "/");
        assertEquals("miss", cache(changed), "the stored page no longer answers");
        assertTrue(text(changed).contains(tagline), "the stored page was replaced");
        HttpResponse<byte[]> again = visitor.raw(village.prefix() + "/");
        assertEquals("hit", cache(again));
        assertTrue(text(again).contains(tagline));
    }

    @Test
    void aChangeIsCountedInTheDatabaseAndLeavesOtherVillagesPagesAlone() throws Exception {
        TestVillages.Village village = TestVillages.create();
        Http visitor = new Http();
        String kungkai = visitor.raw("/kungkai/").headers().firstValue("ETag").orElseThrow();
        long before = contentRevision(village.slug());
        long kungkaiRevision = contentRevision("kungkai");

        newTagline(village);

        assertEquals(before + 1, contentRevision(village.slug()), "counted where every node sees it");
        assertEquals(kungkaiRevision, contentRevision("kungkai"));
        HttpResponse<byte[]> again = visitor.raw("/kungkai/", "If-None-Match", kungkai);
        assertEquals(304, again.statusCode(), "Kungkai's stored page is still the one it was");
        assertEquals("hit", cache(again), "and still stored");
    }

    static long contentRevision(String slug) throws SQLException {
        try (Connection c = TestDatabase.connect();
                PreparedStatement s = c.prepareStatement("SELECT content_revision FROM village WHERE slug = ?")) {
            s.setString(1, slug);
            try (ResultSet row = s.executeQuery()) {
                assertTrue(row.next(), slug);
                return row.getLong(1);
            }
        }
    }

    /** The admin gives the village a new tagline: its pages are then not in the cache at all. */
    static String newTagline(TestVillages.Village village) {
        String tagline = "Desa emas " + UUID.randomUUID().toString().substring(0, 8);
        changeProfile(village, Map.of("tagline", tagline));
        return tagline;
    }

    static void changeProfile(TestVillages.Village village, Map<String, String> fields) {
        Http admin = new Http();
        admin.login(village.prefix(), village.adminEmail(), village.password());
        Http.Page form = admin.get(village.prefix() + "/kantor/profil");
        Http.Page saved = admin.submit(form, "profile", fields, "save");
        assertEquals(200, saved.status(), saved.text());
        assertTrue(saved.text().contains("Profil desa disimpan"), saved.text());
    }

    @Test
    void theVillageDirectoryIsStoredTooAndFollowsEveryVillageChange() {
        TestVillages.Village village = TestVillages.create();
        Http visitor = new Http();
        HttpResponse<byte[]> directory = visitor.raw("/", "Accept-Encoding", ACCEPT_GZIP);
        assertEquals("gzip", directory.headers().firstValue("Content-Encoding").orElse(""));
        assertEquals("hit", cache(visitor.raw("/")), "the directory is stored");

        String accent = String.format("#%06x", new Random().nextInt(0x1000000));
        changeProfile(village, Map.of("accent", accent));
        assertEquals("miss", cache(visitor.raw("/")), "the stored directory was replaced");
        assertEquals("hit", cache(visitor.raw("/")), "the new directory is stored in turn");
        // The directory's first page may end before this village's name (fresh villages pile up in a
        // reused test database); the search shows its card, straight from the directory.
        HttpResponse<byte[]> search = visitor.raw("/?q=" + village.code());
        assertTrue(text(search).contains("border-color:" + accent), "the card shows the new colour");
        assertTrue(search.headers().firstValue("ETag").isEmpty(), "searches are not stored");
        assertEquals("", cache(visitor.raw("/?q=" + village.code())), "not even the second time");
    }

    @Test
    void eachArticleIsStoredAtItsOwnAddressAndFollowsItsEdits() {
        TestVillages.Village village = TestVillages.create();
        NewsDesk desk = NewsDesk.of(village);
        Http.Page first = desk.publish("Panen Raya Jagung di Dusun Dua", "Hasil panen naik tahun ini.");
        Http.Page second = desk.publish("Posyandu Lansia Dibuka Lagi", "Setiap Kamis pagi di balai dusun.");
        String a = village.prefix() + "/berita/" + NewsDesk.slugOf(first);
        String b = village.prefix() + "/berita/" + NewsDesk.slugOf(second);
        Http visitor = new Http();

        assertEquals("miss", visitor.get(a).header(CACHE));
        Http.Page storedA = visitor.get(a);
        assertEquals("hit", storedA.header(CACHE));
        assertTrue(storedA.body().contains("Panen Raya Jagung"), storedA.body());
        Http.Page firstOfB = visitor.get(b);
        assertEquals("miss", firstOfB.header(CACHE), "another article is another page");
        assertTrue(
                firstOfB.body().contains("Posyandu Lansia") && !firstOfB.body().contains("Panen Raya"));
        // An unknown address is never stored: a flood of invented ones cannot push real pages out.
        for (int visit = 0; visit < 2; visit++) {
            Http.Page missing = visitor.get(village.prefix() + "/berita/tidak-ada-artikel-ini");
            assertEquals(404, missing.status());
            assertEquals("", missing.header(CACHE), "neither stored nor sent from the store");
        }

        desk.edit(NewsDesk.idOf(first), Map.of("summary", "Ringkasan yang baru ditulis."), "save");
        Http.Page afterEdit = visitor.get(a);
        assertTrue(afterEdit.body().contains("Ringkasan yang baru ditulis."), "an edit shows at once");
    }

    @Test
    void loggedInPeopleGetTheirOwnPageNeverTheStoredOne() {
        TestVillages.Village village = TestVillages.create();
        String tagline = newTagline(village);
        // The anonymous page is stored first, so a resident served from the store would get it.
        Http visitor = new Http();
        assertEquals("miss", cache(visitor.raw(village.prefix() + "/")));
        HttpResponse<byte[]> stored = visitor.raw(village.prefix() + "/");
        assertEquals("hit", cache(stored), "the anonymous page is in the store");
        assertFalse(text(stored).contains("id=\"logout\""));

        Http resident = new Http();
        resident.login(village.prefix(), village.residentEmail(), village.password());
        Http.Page home = resident.get(village.prefix() + "/");
        assertEquals(200, home.status());
        assertTrue(home.text().contains(tagline), home.text());
        assertTrue(home.html().getElementById("logout") != null, "the resident's own page: " + home.text());
        assertEquals("", home.header(CACHE), "rendered for them, not taken from the store");
        assertTrue(home.header("ETag").isEmpty(), "a personal page is not stored");
        assertNotEquals(text(stored), home.body());

        HttpResponse<byte[]> anonymous = new Http().raw(village.prefix() + "/");
        assertEquals("hit", cache(anonymous), "the stored page is still the anonymous one");
        assertArrayEquals(stored.body(), anonymous.body(), "the resident's page never reached the store");
        assertFalse(text(anonymous).contains("logout"), "the resident's page never reaches visitors");
    }
}
