package id.portaldesa.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's zero-install run: the packaged WAR on Payara Micro with no configuration at all
 * starts on the embedded H2 database with the demo villages, in a fresh working directory.
 */
class EmbeddedDemoSmokeIT {

    static PortalProcess portal;

    @BeforeAll
    static void start() throws Exception {
        portal = PortalProcess.start(18090, Map.of()).awaitReady();
        lastDemoVillageWhenReady = portal.status("/tambang-emas/");
    }

    /** What the last demo village answered the moment the portal said it was ready. */
    private static int lastDemoVillageWhenReady;

    @Test
    void readyOnlyOnceEveryDemoVillageIsThere() {
        // The first village's pages answer before the others are loaded; readiness waits for all.
        assertEquals(200, lastDemoVillageWhenReady);
    }

    @AfterAll
    static void stop() throws Exception {
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void directoryListsTheThreeDemoVillages() throws Exception {
        // Each searched by its own name: the first page of the directory lists only the first 200 by
        // name, which on a database that holds more villages need not include these.
        for (String name : new String[] {"Kungkai", "Sungai Kapas", "Tambang Emas"}) {
            String body = portal.get("/?q=" + name.replace(" ", "+")).body();
            assertTrue(body.contains(name), body);
        }
    }

    @Test
    void kungkaiAnswersByPathAndByItsDomain() throws Exception {
        String byPath = portal.get("/kungkai/").body();
        assertTrue(byPath.contains("Selamat datang di Kungkai"), byPath);
        String byHost = portal.get("/", "Host", "kungkai.localhost").body();
        assertTrue(byHost.contains("Selamat datang di Kungkai"), byHost);
    }

    @Test
    void serviceFiguresAnswerOnTheEmbeddedDatabase() throws Exception {
        // The figures' native SQL runs on H2 here, on MariaDB in the other suites.
        assertEquals(200, portal.status("/kungkai/layanan/kinerja"));
        id.portaldesa.it.web.Http regency = new id.portaldesa.it.web.Http(portal.base());
        regency.login("", "regency@portaldesa.test", "demo-desa-2026");
        id.portaldesa.it.web.Http.Page dashboard = regency.get("/platform/kinerja");
        assertEquals(200, dashboard.status(), dashboard.text());
        assertTrue(dashboard.text().contains("Kungkai"), dashboard.text());
    }

    @Test
    void theTestSuitesFixtureEntryPointIsNotShipped() throws Exception {
        // In the suite deployment a GET there answers 405 (the servlet takes POST only).
        assertEquals(404, portal.status(id.portaldesa.it.container.FreshVillageServlet.PATH));
    }

    @Test
    void withoutSmtpThePlatformAdminReadsTheMailAndItsLinkInTheOutbox() {
        String email = id.portaldesa.it.container.Fixtures.email("demo");
        id.portaldesa.it.web.Http visitor = new id.portaldesa.it.web.Http(portal.base());
        visitor.registerResident("/kungkai", email, "rahasia-sekali");

        id.portaldesa.it.web.Http platform = new id.portaldesa.it.web.Http(portal.base());
        platform.login("", "admin@portaldesa.test", "demo-desa-2026");
        id.portaldesa.it.web.Http.Page outbox = platform.get("/platform/surel");
        assertEquals(200, outbox.status());
        assertTrue(outbox.body().contains(email), outbox.text());
        assertTrue(outbox.body().contains("token="), "the link, the only way to read it: " + outbox.text());
    }

    @Test
    void sitiHasASignedLetterWhoseQrCodeVerifies() throws InterruptedException {
        id.portaldesa.it.web.Http siti = new id.portaldesa.it.web.Http(portal.base());
        siti.login("/kungkai", "siti@kungkai.test", "demo-desa-2026");
        // Signed in the background a few seconds after the first start, once the demo data is stored.
        java.time.Instant until = java.time.Instant.now().plusSeconds(90);
        id.portaldesa.it.web.Http.Page mine = siti.get("/kungkai/surat/saya");
        org.jsoup.nodes.Element issued = mine.html().selectFirst(".request-list li:contains(Terbit) a");
        while (issued == null && java.time.Instant.now().isBefore(until)) {
            Thread.sleep(1000);
            mine = siti.get("/kungkai/surat/saya");
            issued = mine.html().selectFirst(".request-list li:contains(Terbit) a");
        }
        assertTrue(issued != null, "an issued letter among Siti's requests: " + mine.text());
        id.portaldesa.it.web.Http.Page status =
                siti.get(issued.absUrl("href").substring(portal.base().length()));
        String download = status.html().getElementById("download").absUrl("href");
        byte[] pdf = siti.raw(download.substring(portal.base().length())).body();
        assertTrue(id.portaldesa.it.container.LetterPdfs.pdfsig(pdf).contains("Signature is Valid."));
        String address = id.portaldesa.it.container.LetterPdfs.qr(pdf);
        id.portaldesa.it.web.Http.Page check =
                new id.portaldesa.it.web.Http(portal.base()).get(address.substring(address.indexOf("/v/")));
        assertEquals(200, check.status(), address);
        assertTrue(check.text().contains("Ahmad Fauzi"), "signed by the demo kades: " + check.text());
    }

    @Test
    void healthReportsTheEmbeddedDatabase() throws Exception {
        HttpResponse<String> ready = portal.get("/health/ready");
        assertEquals(200, ready.statusCode());
        assertTrue(ready.body().contains("H2"), ready.body());
        assertEquals(200, portal.status("/health/live"));
    }

    @Test
    void demoModeKeepsItsDataAndGeneratedKeyInTheWorkingDirectory() {
        assertTrue(Files.exists(portal.workDir.resolve("data/data-key.txt")));
        assertTrue(Files.exists(portal.workDir.resolve("data/portal.mv.db")));
    }
}
