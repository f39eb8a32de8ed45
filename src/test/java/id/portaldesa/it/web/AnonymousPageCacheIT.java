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

        String english = text(visitor.raw("/kungkai/", "Cookie", "portal_lang=en"));
        assertTrue(english.contains("Welcome to Kungkai"), english);
        assertTrue(text(visitor.raw("/kungkai/")).contains("Selamat datang di Kungkai"));

        String byPath = text(visitor.raw("/kungkai/"));
        String byDomain = text(visitor.raw("/", "Host", "kungkai.localhost"));
        assertTrue(byPath.contains("href=\"/kungkai/daftar\""), byPath);
        assertTrue(byDomain.contains("href=\"/daftar\""), byDomain);
    }

    @Test
    void visitorsSeeAProfileChangeAtOnce() {
        Http visitor = new Http();
        assertEquals(200, visitor.raw("/tambang-emas/").statusCode());
        String tagline = newTagline();
        assertTrue(text(visitor.raw("/tambang-emas/")).contains(tagline), "the stored page was replaced");
    }

    @Test
    void aChangeIsCountedInTheDatabaseAndLeavesOtherVillagesPagesAlone() throws Exception {
        Http visitor = new Http();
        String kungkai = visitor.raw("/kungkai/").headers().firstValue("ETag").orElseThrow();
        long tambangEmas = contentRevision("tambang-emas");
        long kungkaiRevision = contentRevision("kungkai");

        newTagline();

        assertEquals(tambangEmas + 1, contentRevision("tambang-emas"), "counted where every node sees it");
        assertEquals(kungkaiRevision, contentRevision("kungkai"));
        HttpResponse<byte[]> again = visitor.raw("/kungkai/", "If-None-Match", kungkai);
        assertEquals(304, again.statusCode(), "Kungkai's stored page is still the one it was");
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

    /** The admin gives Tambang Emas a new tagline: its pages are then not in the cache at all. */
    static String newTagline() {
        String tagline = "Desa emas " + UUID.randomUUID().toString().substring(0, 8);
        changeProfile(Map.of("tagline", tagline));
        return tagline;
    }

    static void changeProfile(Map<String, String> fields) {
        Http admin = new Http();
        admin.login("/tambang-emas", "admin@tambang-emas.test", CrossVillagePagesIT.PASSWORD);
        Http.Page form = admin.get("/tambang-emas/kantor/profil");
        Http.Page saved = admin.submit(form, "profile", fields, "save");
        assertEquals(200, saved.status(), saved.text());
        assertTrue(saved.text().contains("Profil desa disimpan"), saved.text());
    }

    @Test
    void theVillageDirectoryIsStoredTooAndFollowsEveryVillageChange() {
        Http visitor = new Http();
        HttpResponse<byte[]> directory = visitor.raw("/", "Accept-Encoding", ACCEPT_GZIP);
        assertEquals("gzip", directory.headers().firstValue("Content-Encoding").orElse(""));
        assertTrue(text(visitor.raw("/")).contains("Tambang Emas"));

        String accent = String.format("#%06x", new Random().nextInt(0x1000000));
        changeProfile(Map.of("accent", accent));
        assertTrue(text(visitor.raw("/")).contains("border-color:" + accent), "the card shows the new colour");
        assertTrue(visitor.raw("/?q=tambang").headers().firstValue("ETag").isEmpty(), "searches are not stored");
    }

    @Test
    void loggedInPeopleGetTheirOwnPageNeverTheStoredOne() {
        String tagline = newTagline();
        // The resident is the first to open the changed page, so a miss is served to them.
        Http resident = new Http();
        resident.login("/tambang-emas", "warga@tambang-emas.test", CrossVillagePagesIT.PASSWORD);
        Http.Page home = resident.get("/tambang-emas/");
        assertTrue(home.text().contains(tagline), home.text());
        assertTrue(home.html().getElementById("logout") != null, "the resident can log out: " + home.text());
        assertTrue(home.header("ETag").isEmpty(), "a personal page is not stored");

        HttpResponse<byte[]> anonymous = new Http().raw("/tambang-emas/");
        assertTrue(text(anonymous).contains(tagline));
        assertFalse(text(anonymous).contains("logout"), "the resident's page never reaches visitors");
        assertTrue(anonymous.headers().firstValue("ETag").isPresent(), "the visitor's own page is stored");
    }
}
