package id.portaldesa.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Spellings of a protected address that a servlet container reads as the same page — {@code ;}
 * parameters, escapes of plain letters and dots, dot segments, doubled slashes — never reach it, by
 * path, on a village's own domain and on the platform, for visitors and for residents: each is
 * refused as "not found" (or by the container itself as a bad request), never served and never a
 * 500. The requests are written byte for byte on a socket, as an HTTP client library would
 * normalise some of them away.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class PathTricksIT {

    static final String PASSWORD = "demo-desa-2026";

    /** Tricks within a village, relative to its prefix ({@code /slug} or empty on its own domain). */
    static final List<String> VILLAGE_TRICKS = List.of(
            "/kantor;x/",
            "/kantor;x",
            "/kantor/staf;jsessionid=abc",
            "/%6bantor/",
            "/%6Bantor/staf",
            "/kantor/%2e%2e/kantor/staf",
            "/kantor/%2E%2E/kantor",
            "/akun/%2e%2e/kantor",
            "/akun/..;/kantor",
            "/akun/../kantor",
            "/./kantor",
            "/kantor/.",
            "//kantor",
            "/kantor//staf",
            "/kantor%2fstaf",
            "/kantor%3bx",
            "/%61kun",
            "/akun;x",
            "/office/index.xhtml;x",
            "/office/account/staff.xhtml;jsessionid=abc",
            "/resident/account/home.xhtml;x",
            "/jakarta.faces.resource/../office/index.xhtml",
            "/jakarta.faces.resource/../kantor",
            "/jakarta.faces.resource/..;/office/index.xhtml",
            "/jakarta.faces.resource/%2e%2e/office/index.xhtml",
            "/themes/..;/kantor",
            "/themes/../office/index.xhtml",
            "/jakarta.faces.resource/../platform/notify/outbox.xhtml");

    /** Tricks on the platform's own addresses. */
    static final List<String> PLATFORM_TRICKS = List.of(
            "/platform;x/desa",
            "/platform/desa;x",
            "/%70latform/desa",
            "/platform/%64esa",
            "/platform/./desa",
            "//platform/desa",
            "/platform//desa",
            "/platform/notify/outbox.xhtml;x",
            "/%70latform/notify/outbox.xhtml",
            "/platform/%6eotify/outbox.xhtml",
            "/jakarta.faces.resource/../platform/notify/outbox.xhtml",
            "/jakarta.faces.resource/..;/platform/village/villages.xhtml",
            "/jakarta.faces.resource/%2e%2e/platform/village/villages.xhtml",
            "/themes/..;/platform/desa",
            "/office/index.xhtml;jsessionid=abc",
            "/office/account/staff.xhtml;jsessionid=abc",
            "/jakarta.faces.resource/../office/index.xhtml",
            "/jakarta.faces.resource/../public/account/login.xhtml");

    @Test
    void aVisitorReachesNoProtectedPageByPath() {
        TestVillages.Village village = TestVillages.create();
        Raw visitor = new Raw(null, "");
        assertTrue(visitor.get(village.prefix() + "/kantor").isLoginRedirect(), "the plain address asks to log in");
        for (String trick : VILLAGE_TRICKS) {
            visitor.refuses(village.prefix() + trick);
            visitor.refuses("/" + village.slug() + "/" + trick);
        }
        visitor.refuses("/" + village.slug() + ";x/kantor");
        visitor.refuses("//" + village.slug() + "//kantor");
        visitor.refuses(String.format(
                "/%%%02x%s/kantor",
                (int) village.slug().charAt(0), village.slug().substring(1)));
    }

    @Test
    void aResidentReachesNoOfficePageByPath() {
        TestVillages.Village village = TestVillages.create();
        Http login = new Http();
        login.login(village.prefix(), village.residentEmail(), village.password());
        Raw resident = new Raw(null, login.cookieHeader());
        Answer own = resident.get(village.prefix() + "/akun");
        assertEquals(200, own.status(), own.text());
        assertTrue(own.showsResidentPage(), "the resident's own page is what a leak would look like");
        assertEquals(404, resident.get(village.prefix() + "/kantor").status(), "the office is closed to residents");
        for (String trick : VILLAGE_TRICKS) {
            resident.refuses(village.prefix() + trick);
        }
        resident.refuses("//" + village.slug() + "//kantor");
        for (String trick : PLATFORM_TRICKS) {
            resident.refuses(trick);
        }
    }

    @Test
    void nothingProtectedOnAVillageDomain() {
        Raw visitor = new Raw("kungkai.localhost", "");
        assertTrue(visitor.get("/kantor").isLoginRedirect(), "the plain address asks to log in");
        Http login = new Http();
        login.login("/kungkai", "warga@kungkai.test", PASSWORD);
        Raw resident = new Raw("kungkai.localhost", login.cookieHeader());
        assertTrue(resident.get("/akun").showsResidentPage(), "logged in on the village's domain too");
        for (String trick : VILLAGE_TRICKS) {
            visitor.refuses(trick);
            resident.refuses(trick);
        }
        for (String trick : PLATFORM_TRICKS) {
            visitor.refuses(trick);
            resident.refuses(trick);
        }
    }

    @Test
    void nothingProtectedOnThePlatform() {
        Raw visitor = new Raw(null, "");
        assertTrue(visitor.get("/platform/desa").isLoginRedirect(), "the plain address asks to log in");
        for (String trick : PLATFORM_TRICKS) {
            visitor.refuses(trick);
        }
    }

    @Test
    void aSessionIdInTheAddressIsNeverUsed() {
        TestVillages.Village village = TestVillages.create();
        Http login = new Http();
        login.login(village.prefix(), village.residentEmail(), village.password());
        String session = login.cookie("JSESSIONID");
        Raw stranger = new Raw(null, "");
        for (String path : List.of(
                village.prefix() + "/akun;jsessionid=" + session,
                village.prefix() + "/akun/;jsessionid=" + session,
                village.prefix() + "/;jsessionid=" + session,
                village.prefix() + "/akun/profil;jsessionid=" + session,
                "/;jsessionid=" + session)) {
            Answer answer = stranger.get(path);
            assertFalse(answer.showsResidentPage(), "the resident's page: " + answer.text());
            assertFalse(answer.body().contains(village.residentEmail()), "the resident's address: " + path);
            assertFalse(answer.body().contains("id=\"logout\""), "logged in as the resident: " + answer.text());
            assertEquals(404, answer.status(), answer.text());
        }
        assertTrue(
                new Raw(null, login.cookieHeader())
                        .get(village.prefix() + "/akun")
                        .showsResidentPage(),
                "the same session in its cookie is the resident's");
    }

    @Test
    void malformedEscapesAreNoServerError() {
        TestVillages.Village village = TestVillages.create();
        // The container refuses to decode these before any filter of the portal runs; it must not
        // answer with anything of the portal's, nor with a 500.
        for (String path : List.of(village.prefix() + "/%", village.prefix() + "/kantor%zz", "/%", "/platform/%c3")) {
            Answer answer = new Raw(null, "").get(path);
            assertNotEquals(500, answer.status(), path);
            answer.assertNothingProtected(path);
        }
    }

    @Test
    void canonicalAddressesStillWork() {
        TestVillages.Village village = TestVillages.create();
        Raw visitor = new Raw(null, "");
        assertEquals(200, visitor.get(village.prefix() + "/").status());
        assertEquals(200, visitor.get(village.prefix() + "/masuk").status());
        assertEquals(200, visitor.get("/").status());
        assertEquals(
                301,
                visitor.get(village.prefix() + "/public/account/login.xhtml").status());
        assertEquals(200, new Raw("kungkai.localhost", "").get("/").status());
    }

    /** One answer, read from the socket as sent. */
    record Answer(String path, int status, String head, String body) {

        String text() {
            return path + " => " + status + "\n" + head + "\n" + body;
        }

        String location() {
            for (String line : head.split("\r\n")) {
                if (line.toLowerCase(Locale.ROOT).startsWith("location:")) {
                    return line.substring("location:".length()).trim();
                }
            }
            return "";
        }

        boolean isLoginRedirect() {
            return status == 302 && URI.create(location()).getPath().endsWith("/masuk");
        }

        /** The back office or platform console: their template, with PrimeFaces' resources. */
        boolean showsBackOffice() {
            return body.contains("office-header") || body.contains("office.css") || body.contains("ln=primefaces");
        }

        boolean showsResidentPage() {
            return body.contains("id=\"my-nik\"") || body.contains("id=\"my-data\"");
        }

        void assertNothingProtected(String what) {
            assertFalse(showsBackOffice(), "back office reached: " + text());
            assertFalse(showsResidentPage(), "a resident's page reached: " + what);
        }

        /**
         * Refused: not found, or a bad request from the container; never a page. The container
         * itself reads {@code /platform;x/desa} as the folder {@code /platform} and answers 301 to
         * {@code /platform/} before any filter runs (and {@code /themes/..;/x} as {@code /}): such a
         * redirect to a folder of the path is followed once, and must lead to nothing protected.
         */
        void assertRefused(Raw visitor) {
            assertNotEquals(500, status, text());
            assertNothingProtected(path);
            if (status == 301 && !location().isEmpty()) {
                String next = URI.create(location()).getRawPath();
                assertFalse(next.equals(path), "no loop: " + text());
                // A folder of what was asked for, e.g. "/platform/" or "/": a public answer at most.
                assertTrue(path.startsWith(next.substring(0, next.length() - 1)), "a folder of the path: " + text());
                Answer followed = visitor.get(next);
                assertNotEquals(500, followed.status(), followed.text());
                followed.assertNothingProtected(next);
                return;
            }
            assertTrue(status == 404 || status == 400, "refused: " + text());
        }
    }

    /** A visitor writing requests byte for byte, with an optional Host header and cookies. */
    static final class Raw {
        private final String host;
        private final String cookies;
        private final String address = Http.freshAddress();

        Raw(String host, String cookies) {
            this.host = host;
            this.cookies = cookies;
        }

        /**
         * Asks for the path and expects it refused ({@link Answer#assertRefused}). A {@code
         * ;jsessionid=} parameter is the one the container strips itself before the portal sees the
         * address; the portal refuses the session id it names ({@code
         * aSessionIdInTheAddressIsNeverUsed}).
         */
        void refuses(String path) {
            Answer answer = get(path);
            int session = path.indexOf(";jsessionid=");
            if (session < 0) {
                answer.assertRefused(this);
                return;
            }
            // Refused, or (when a session cookie came along, which the container then prefers)
            // answered exactly as the address without it.
            assertNotEquals(500, answer.status(), answer.text());
            answer.assertNothingProtected(path);
            if (answer.status() != 404) {
                String canonical = path.substring(0, session);
                Answer plain = get(canonical);
                assertFalse(cookies.isEmpty(), "a visitor without a cookie is refused: " + answer.text());
                assertEquals(plain.status(), answer.status(), "as " + canonical + ": " + answer.text());
                assertEquals(plain.location(), answer.location(), "as " + canonical + ": " + answer.text());
            }
        }

        Answer get(String path) {
            URI base = URI.create(Http.BASE);
            try (Socket socket = new Socket(base.getHost(), base.getPort())) {
                socket.setSoTimeout(20_000);
                List<String> lines = new ArrayList<>();
                lines.add("GET " + path + " HTTP/1.1");
                lines.add("Host: " + (host != null ? host : base.getHost() + ":" + base.getPort()));
                lines.add("X-Forwarded-For: " + address);
                if (!cookies.isEmpty()) {
                    lines.add("Cookie: " + cookies);
                }
                lines.add("Connection: close");
                OutputStream out = socket.getOutputStream();
                out.write((String.join("\r\n", lines) + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                InputStream in = socket.getInputStream();
                ByteArrayOutputStream all = new ByteArrayOutputStream();
                in.transferTo(all);
                String response = all.toString(StandardCharsets.UTF_8);
                int split = response.indexOf("\r\n\r\n");
                String head = split < 0 ? response : response.substring(0, split);
                String body = split < 0 ? "" : response.substring(split + 4);
                String[] statusLine = head.split(" ", 3);
                int status = statusLine.length > 1 ? Integer.parseInt(statusLine[1].trim()) : -1;
                return new Answer(path, status, head, body);
            } catch (IOException e) {
                throw new UncheckedIOException(path, e);
            }
        }
    }
}
