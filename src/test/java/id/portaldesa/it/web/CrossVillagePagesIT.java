package id.portaldesa.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.it.container.Fixtures;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Over HTTP, as real users: staff and residents of one village get "not found" for every protected
 * page of another village and for the platform console, and visitors are sent to log in.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class CrossVillagePagesIT {

    static final String PASSWORD = "demo-desa-2026";
    static final String[] KUNGKAI_PROTECTED = {
        "/kungkai/kantor", "/kungkai/kantor/staf", "/kungkai/kantor/profil", "/kungkai/akun",
    };

    @Test
    void adminOfAnotherVillageGetsNotFoundEverywhereInKungkai() {
        Http admin = new Http();
        Http.Page landing = admin.login("/sungai-kapas", "admin@sungai-kapas.test", PASSWORD);
        assertTrue(landing.url().endsWith("/sungai-kapas/kantor"), landing.url());
        assertEquals(200, admin.get("/sungai-kapas/kantor/staf").status());
        for (String page : KUNGKAI_PROTECTED) {
            Http.Page answer = admin.get(page);
            assertEquals(404, answer.status(), page);
            assertFalse(answer.body().contains("admin@kungkai.test"), page);
        }
        assertEquals(404, admin.get("/platform/desa").status());
        assertEquals(404, admin.get("/platform/surel").status());
    }

    @Test
    void residentsAndOfficialsReachOnlyWhatTheirRoleAllows() {
        Http resident = new Http();
        resident.login("/kungkai", "warga@kungkai.test", PASSWORD);
        assertEquals(200, resident.get("/kungkai/akun").status());
        assertEquals(404, resident.get("/kungkai/kantor").status());
        assertEquals(404, resident.get("/sungai-kapas/akun").status());

        Http secretary = new Http();
        secretary.login("/kungkai", "sekdes@kungkai.test", PASSWORD);
        assertEquals(200, secretary.get("/kungkai/kantor").status());
        assertEquals(404, secretary.get("/kungkai/kantor/staf").status(), "staff page is for admins");
        assertEquals(404, secretary.get("/tambang-emas/kantor").status());
    }

    @Test
    void platformAdminIsNotStaffOfAVillage() {
        Http platform = new Http();
        Http.Page landing = platform.login("", "admin@portaldesa.test", PASSWORD);
        assertTrue(landing.url().endsWith("/platform/desa"), landing.url());
        // The console, not a village's office (the village list may page past Kungkai).
        assertTrue(landing.html().getElementById("onboard") != null, landing.text());
        assertEquals(404, platform.get("/kungkai/kantor/staf").status());
    }

    @Test
    void oldAddressesAnswer301ToTheCleanOnesAndOldFormsStillPost() throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        java.util.function.Function<String, java.net.http.HttpResponse<Void>> head = path -> {
            try {
                return client.send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(Http.BASE + path))
                                .GET()
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        };
        var login = head.apply("/kungkai/public/account/login.xhtml");
        assertEquals(301, login.statusCode());
        assertEquals("/kungkai/masuk", login.headers().firstValue("Location").orElse(""));
        var confirm = head.apply("/tambang-emas/public/account/confirm.xhtml?token=abc");
        assertEquals(301, confirm.statusCode());
        assertEquals(
                "/tambang-emas/konfirmasi?token=abc",
                confirm.headers().firstValue("Location").orElse(""),
                "links in mails already sent keep their token");
        var platform = head.apply("/platform/village/villages.xhtml");
        assertEquals("/platform/desa", platform.headers().firstValue("Location").orElse(""));
        assertEquals(404, head.apply("/kungkai/public/account/nothing.xhtml").statusCode());
        assertEquals(404, head.apply("/kungkai/WEB-INF/templates/public.xhtml").statusCode());

        // A login form opened at the old address before an upgrade still logs in.
        Http resident = new Http();
        Http.Page form = resident.get("/kungkai/masuk");
        String viewState =
                form.html().select("input[name=jakarta.faces.ViewState]").val();
        Http.Page in = resident.post(
                "/kungkai/public/account/login.xhtml",
                java.util.Map.of(
                        "login", "login",
                        "login:email", "warga@kungkai.test",
                        "login:password", PASSWORD,
                        "login:submit", "x",
                        "jakarta.faces.ViewState", viewState));
        assertTrue(in.url().endsWith("/kungkai/akun"), in.url());
    }

    @Test
    void visitorsAreSentToTheVillageLogin() {
        Http.Page page = new Http().get("/kungkai/kantor/staf");
        assertTrue(page.url().endsWith("/kungkai/masuk"), page.url());
    }

    @Test
    void villagesResolveByPathAndHostAndUnknownOnesAreFriendly404s() {
        Http visitor = new Http();
        Http.Page directory = visitor.get("/?q=kungkai");
        assertEquals(200, directory.status());
        assertTrue(directory.text().contains("Kungkai"));
        assertFalse(directory.text().contains("Tambang Emas"));

        Http.Page home = visitor.get("/kungkai/");
        assertTrue(home.text().contains("Selamat datang di Kungkai"), home.text());
        assertTrue(home.body().contains("--accent:#2e7d32"));

        Http.Page unknown = visitor.get("/desa-tidak-ada/");
        assertEquals(404, unknown.status());
        assertTrue(unknown.text().contains("tidak ada di portal ini"), unknown.text());
        assertEquals(404, visitor.get("/kungkai/WEB-INF/web.xml").status());
        assertEquals(404, visitor.get("/kungkai/platform/desa").status());
    }

    @Test
    void anonymousPublicPagesNeedNoScriptAndNoSession() {
        for (String path : new String[] {"/", "/kungkai/", "/sungai-kapas/"}) {
            Http.Page page = new Http().get(path);
            assertEquals(200, page.status());
            assertFalse(page.body().contains("<script"), path + " ships JavaScript");
            assertFalse(page.body().contains("primefaces"), path + " loads PrimeFaces resources");
            assertTrue(page.headers().allValues("Set-Cookie").isEmpty(), path + " opened a session");
            String stylesheet = page.html().selectFirst("link[rel=stylesheet]").attr("href");
            assertTrue(
                    stylesheet.matches("/themes/default/theme\\.css\\?v=[0-9a-f]{12}"),
                    "the stylesheet's address changes with its content: " + stylesheet);
            assertEquals(200, new Http().get(stylesheet).status());
        }
    }

    @Test
    void everyAnswerLimitsWhatTheBrowserMayLoadAndWhoMayFrameIt() {
        Http visitor = new Http();
        for (Http.Page page :
                new Http.Page[] {visitor.get("/"), visitor.get("/kungkai/"), visitor.get("/tidak-ada/")}) {
            String csp = page.header("Content-Security-Policy");
            String scriptSrc = Arrays.stream(csp.split(";"))
                    .map(String::trim)
                    .filter(d -> d.startsWith("script-src"))
                    .findFirst()
                    .orElse("");
            assertEquals("script-src 'self'", scriptSrc, "public pages run no inline script: " + page.url());
            assertTrue(csp.contains("frame-ancestors 'none'"), csp);
            assertEquals("nosniff", page.header("X-Content-Type-Options"), page.url());
            assertEquals("strict-origin-when-cross-origin", page.header("Referrer-Policy"), page.url());
        }
        Http admin = new Http();
        Http.Page office = admin.login("/kungkai", "admin@kungkai.test", PASSWORD);
        assertTrue(office.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
        assertEquals("no-store", office.header("Cache-Control"), "back-office pages are not cached");
    }

    @Test
    void repeatedFailuresFromOneAddressLockThatAddressOutAndNotTheOwner() {
        TestVillages.Village village = TestVillages.create();
        String victim = village.residentEmail();
        String home = Http.freshAddress();
        // The account is confirmed and its password works: whatever is refused below is the lock.
        Http owner = Http.behindProxy(home);
        assertTrue(
                owner.login(village.prefix(), victim, village.password()).url().endsWith(village.prefix() + "/akun"),
                "the owner logs in from home before anything happens");

        String stranger = Http.freshAddress();
        for (int i = 0; i < 4; i++) {
            // A new visitor (no cookie) each time: only the address links the tries.
            assertTrue(Http.behindProxy(stranger)
                    .login(village.prefix(), victim, "salah-" + i)
                    .text()
                    .contains("Surel atau kata sandi salah"));
        }
        Http.Page fifth = Http.behindProxy(stranger).login(village.prefix(), victim, "salah-lagi");
        assertTrue(fifth.text().contains("Terlalu banyak percobaan gagal"), "a new cookie does not reset the count");
        Http.Page rightButLocked = Http.behindProxy(stranger).login(village.prefix(), victim, village.password());
        assertTrue(rightButLocked.text().contains("Terlalu banyak percobaan gagal"), rightButLocked.text());
        assertFalse(rightButLocked.url().endsWith("/akun"), "the right password is refused while locked");

        Http.Page ownerAgain = Http.behindProxy(home).login(village.prefix(), victim, village.password());
        assertTrue(
                ownerAgain.url().endsWith(village.prefix() + "/akun"),
                "the owner still gets in from their usual address: " + ownerAgain.text());
    }

    @Test
    void overLongEmailOrPasswordGetsAMessageNotAnError() {
        String tooLong = "a".repeat(10_000);
        Http visitor = new Http();
        Http.Page email = visitor.login("/kungkai", tooLong + "@contoh.id", "rahasia-sekali");
        assertEquals(200, email.status(), email.text());
        assertTrue(email.text().contains("190"), "says how long it may be: " + email.text());
        Http.Page password = visitor.login("/kungkai", "warga@kungkai.test", tooLong);
        assertEquals(200, password.status(), password.text());
        assertTrue(password.text().contains("200"), password.text());

        Http english = new Http();
        english.get("/kungkai/masuk?lang=en");
        Http.Page inEnglish = english.login("/kungkai", tooLong + "@contoh.id", "rahasia-sekali");
        assertEquals(200, inEnglish.status());
        assertTrue(inEnglish.text().contains("190"), inEnglish.text());
        assertFalse(inEnglish.text().contains("Panjang harus"), "in the visitor's language: " + inEnglish.text());

        Http.Page register = visitor.submit(
                visitor.get("/kungkai/daftar"),
                "register",
                Map.of(
                        "name",
                        tooLong,
                        "email",
                        tooLong + "@contoh.id",
                        "password",
                        tooLong,
                        "nik",
                        Fixtures.nik(),
                        "kk",
                        Fixtures.kk()),
                "submit");
        assertEquals(200, register.status(), register.text());
        assertFalse(register.text().contains("Pendaftaran diterima"), register.text());
        assertTrue(register.text().contains("Kata sandi harus 10 sampai 200 karakter"), register.text());
    }

    @Test
    void loggingInGivesANewSessionIdAndAPlantedOneStaysAnonymous() {
        Http resident = new Http();
        Http.Page form = resident.get("/kungkai/masuk");
        String planted = resident.cookie("JSESSIONID");
        assertNotNull(planted, "the login form opens a session");
        Http.Page home =
                resident.submit(form, "login", Map.of("email", "warga@kungkai.test", "password", PASSWORD), "submit");
        assertTrue(home.url().endsWith("/kungkai/akun"), home.url());
        assertNotEquals(planted, resident.cookie("JSESSIONID"), "the session id changes at login");

        // Whoever planted the first id (a shared computer, a fixation link) is still a visitor.
        HttpResponse<byte[]> attacker = new Http().raw("/kungkai/akun", "Cookie", "JSESSIONID=" + planted);
        String page = new String(attacker.body(), StandardCharsets.UTF_8);
        assertTrue(
                attacker.uri().getPath().endsWith("/kungkai/masuk"),
                attacker.uri().toString());
        assertFalse(page.contains("Warga Kungkai"), "nothing of the resident's page");
    }

    @Test
    void behindTheProxyOneAddressSprayingPasswordsIsLockedOutAndOthersAreNot() {
        TestVillages.Village village = TestVillages.create();
        String resident = village.residentEmail();
        String sprayer = Http.freshAddress(); // fresh: no earlier run's count can lock it out
        for (int i = 0; i < 30; i++) {
            // A fresh visitor (no cookie) and a different account each time: only the address links them.
            Http.behindProxy(sprayer).login(village.prefix(), Fixtures.email("tebakan" + i), "salah-" + i);
        }
        Http.Page blocked = Http.behindProxy(sprayer).login(village.prefix(), resident, village.password());
        assertTrue(blocked.text().contains("Terlalu banyak percobaan gagal"), blocked.text());

        Http neighbour = Http.behindProxy(Http.freshAddress());
        Http.Page in = neighbour.login(village.prefix(), resident, village.password());
        assertTrue(
                in.url().endsWith(village.prefix() + "/akun"),
                "another address behind the same proxy is not locked out: " + in.url());
    }
}
