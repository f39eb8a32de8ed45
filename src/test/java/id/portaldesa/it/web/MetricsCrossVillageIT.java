package id.portaldesa.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The service figures over HTTP, by slug and by the village's own domain: each village's public page
 * and API show its own records; the regency dashboard, its exports and the regency API are closed to
 * visitors and village admins (404) and show a regency admin of Merangin only Merangin's villages;
 * the regency API does not exist inside a village's address.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class MetricsCrossVillageIT {

    static final String DEMO_PASSWORD = "demo-desa-2026";

    static Http.Page rebuild(Http who) {
        return who.post(
                Http.BASE + "/api/v1/wilayah/kinerja/bangun-ulang",
                "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "application/json");
    }

    @Test
    void aLetterTypeIsShownByItsNameNotItsCode() {
        LetterTestVillages.Village v = LetterTestVillages.create();
        Http resident = v.as(v.residentEmail());
        // Five of a type: fewer are shown among the other types only.
        for (int i = 0; i < 5; i++) {
            LetterFlows.submitSkd(resident, v.prefix(), "Mendaftar sekolah " + i);
        }
        Http.Page page = new Http().get(v.prefix() + "/layanan/kinerja");
        assertEquals(
                "Surat Keterangan Domisili",
                page.html().select("#surat-jenis tbody th").first().text(),
                page.text());
    }

    @Test
    void eachVillagesPublicFiguresAreItsOwnBySlugAndByDomain() {
        ParticipationVillages.Village a = ParticipationVillages.createWithDomain();
        ParticipationVillages.Village b = ParticipationVillages.create();
        Http resident = a.as(a.residents().get(0));
        AspirationsIT.submit(resident, a.prefix(), "Jembatan gantung", "Jembatan ke kebun rusak, mohon diperbaiki.");

        Http visitor = new Http();
        Http.Page pageA = visitor.get(a.prefix() + "/layanan/kinerja");
        assertEquals(200, pageA.status());
        assertEquals(
                "1",
                pageA.html()
                        .select("#aspirasi-bulan tbody tr:last-child td")
                        .first()
                        .text(),
                pageA.text());
        Http.Page pageB = visitor.get(b.prefix() + "/layanan/kinerja");
        assertEquals(
                "0",
                pageB.html()
                        .select("#aspirasi-bulan tbody tr:last-child td")
                        .first()
                        .text());
        assertFalse(pageA.body().contains("Jembatan"), "nothing personal, no titles");

        Http.Page apiA = visitor.get(a.prefix() + "/api/v1/kinerja");
        assertEquals(200, apiA.status());
        assertTrue(apiA.body().contains("\"village\":\"" + a.base().slug() + "\""), apiA.body());
        assertTrue(apiA.body().matches("(?s).*\"aspirations\":\\{[^}]*\"received\":1[,}].*"), apiA.body());
        Http.Page byDomain = a.base().visitorByDomain().get("/api/v1/kinerja");
        assertEquals(200, byDomain.status());
        assertTrue(byDomain.body().contains("\"village\":\"" + a.base().slug() + "\""), byDomain.body());
        assertEquals(200, a.base().visitorByDomain().get("/layanan/kinerja").status());
        Http.Page apiB = visitor.get(b.prefix() + "/api/v1/kinerja");
        assertTrue(apiB.body().matches("(?s).*\"aspirations\":\\{[^}]*\"received\":0[,}].*"), apiB.body());

        // No regency figures inside a village's address, nor for its admin or visitors.
        assertEquals(404, visitor.get(a.prefix() + "/api/v1/wilayah/kinerja").status());
        assertEquals(
                404, a.base().visitorByDomain().get("/api/v1/wilayah/kinerja").status());
        assertEquals(404, visitor.get("/api/v1/wilayah/kinerja").status());
        Http admin = a.as(a.base().adminEmail());
        assertEquals(404, admin.get("/platform/kinerja").status());
        assertEquals(404, admin.get("/api/v1/wilayah/kinerja").status());
        assertEquals(404, rebuild(admin).status());
    }

    @Test
    void aRegencyAdminOfMeranginSeesMeranginOnlyOnThePageInTheExportAndInTheApi() {
        Http regency = new Http();
        regency.login("", "regency@portaldesa.test", DEMO_PASSWORD);
        Http.Page dashboard = regency.get("/platform/kinerja");
        assertEquals(200, dashboard.status());
        assertTrue(dashboard.text().contains("Kungkai"), dashboard.text());
        List<String> links =
                dashboard.html().select("#list a[href$=/layanan/kinerja]").eachAttr("href");
        assertFalse(links.isEmpty(), dashboard.text());

        Http.Page csv = regency.submit(dashboard, "period", Map.of(), "csv");
        assertEquals(200, csv.status());
        assertTrue(csv.header("Content-Type").startsWith("text/csv"), csv.header("Content-Type"));
        List<String> lines = csv.body().lines().skip(1).toList();
        assertFalse(lines.isEmpty());
        assertTrue(lines.stream().allMatch(l -> l.startsWith("15.02.")), csv.body());

        Http.Page xlsx = regency.submit(regency.get("/platform/kinerja"), "period", Map.of(), "xlsx");
        assertEquals(200, xlsx.status());
        assertTrue(xlsx.header("Content-Type").contains("spreadsheetml"), xlsx.header("Content-Type"));

        Http.Page api = regency.get("/api/v1/wilayah/kinerja?ukuran=100&urut=lettersReceived&arah=desc");
        assertEquals(200, api.status(), api.body());
        assertTrue(api.body().contains("\"code\":\"15.02.02.2004\""), api.body());
        assertFalse(api.body().matches("(?s).*\"code\":\"(?!15\\.02\\.)[0-9.]+\".*"), api.body());
        assertEquals(404, rebuild(regency).status(), "rebuilding is the platform admin's");

        String openapi = new Http().get("/openapi").body();
        assertTrue(openapi.contains("/v1/kinerja"), "the village's figures are in the OpenAPI document");
        assertTrue(openapi.contains("/v1/wilayah/kinerja"), "and the regency's");

        Http platform = new Http();
        platform.login("", "admin@portaldesa.test", DEMO_PASSWORD);
        assertEquals(200, platform.get("/platform/kinerja").status());
        // A form post (what another site could make a logged-in admin's browser send) starts nothing.
        assertEquals(
                415,
                platform.post(Http.BASE + "/api/v1/wilayah/kinerja/bangun-ulang", Map.of())
                        .status());
    }

    @Test
    void forgedRegencyApiParametersGetA400NeverA500OrTheFirstPage() {
        Http regency = new Http();
        regency.login("", "regency@portaldesa.test", DEMO_PASSWORD);
        // YearMonth.parse takes a signed nine-digit year; its next month overflows.
        Http.Page hugeYear = regency.get("/api/v1/wilayah/kinerja?bulan=%2B999999999-12");
        assertEquals(400, hugeYear.status(), hugeYear.body());
        assertTrue(hugeYear.body().contains("bulan"), hugeYear.body());
        Http.Page farFuture = regency.get("/api/v1/wilayah/kinerja?bulan=9999-12");
        assertEquals(400, farFuture.status(), "no figures in months to come: " + farFuture.body());
        Http.Page past = regency.get("/api/v1/wilayah/kinerja?bulan=2025-01");
        assertEquals(200, past.status(), past.body());
        assertTrue(past.body().contains("\"month\":\"2025-01\""), past.body());
        Http.Page notAMonth = regency.get("/api/v1/wilayah/kinerja?bulan=2026-13");
        assertEquals(400, notAMonth.status(), notAMonth.body());
        // Asked the driver for 100,000,000 rows (a 500), or overflowed int and answered the first page.
        Http.Page farPage = regency.get("/api/v1/wilayah/kinerja?hal=1000000&ukuran=100");
        assertEquals(400, farPage.status(), farPage.body());
        assertTrue(farPage.body().contains("hal"), farPage.body());
        assertEquals(
                400,
                regency.get("/api/v1/wilayah/kinerja?hal=2147483647&ukuran=100").status());
    }

    @Test
    void theOfficeFiguresPageIsTheVillageAdminsOwnBySlugAndByDomain() {
        TestVillages.Village a = TestVillages.createWithDomain();
        TestVillages.Village b = TestVillages.create();
        Http adminA = new Http();
        adminA.login(a.prefix(), a.adminEmail(), a.password());
        Http.Page own = adminA.get(a.prefix() + "/kantor/kinerja");
        assertEquals(200, own.status(), own.text());
        assertEquals(1, own.html().select("#surat-bulan").size(), own.text());
        assertEquals(1, own.html().select("a#nav-performance").size(), "linked in the office menu");
        // By A's domain, with the admin's session (a session is the server's, whatever the host).
        assertEquals(200, byDomain(a, adminA, "/kantor/kinerja").status());

        Http adminB = new Http();
        adminB.login(b.prefix(), b.adminEmail(), b.password());
        assertEquals(200, adminB.get(b.prefix() + "/kantor/kinerja").status());
        assertEquals(404, adminB.get(a.prefix() + "/kantor/kinerja").status(), "B's admin, A's slug");
        Http.Page byDomain = byDomain(a, adminB, "/kantor/kinerja");
        assertEquals(404, byDomain.status(), "B's admin, A's domain");
        assertTrue(byDomain.html().select("#surat-bulan").isEmpty());
        assertEquals(404, adminB.get("/kantor/kinerja").status(), "no office figures on the platform host");
        Http.Page visitor = new Http().get(a.prefix() + "/kantor/kinerja");
        assertTrue(visitor.html().select("#surat-bulan").isEmpty(), "a visitor sees nothing");
    }

    @Test
    void theRebuildIsAJobStarted202WithItsStatusAddressAnd409WhileItRuns() throws Exception {
        Http platform = new Http();
        platform.login("", "admin@portaldesa.test", DEMO_PASSWORD);
        // The first village's row held by another transaction keeps the job at its first village (it
        // records a change there first), so the second POST meets it running however few villages
        // the database holds (with three, the whole rebuild took 166 ms: the second POST came after).
        try (Connection db = TestDatabase.connect()) {
            db.setAutoCommit(false);
            try (Statement st = db.createStatement()) {
                st.executeQuery("SELECT id FROM village ORDER BY id LIMIT 1 FOR UPDATE")
                        .close();
            }
            Http.Page started = rebuild(platform);
            assertEquals(202, started.status(), started.body());
            assertTrue(
                    started.header("Location").endsWith("/api/v1/wilayah/kinerja/bangun-ulang"),
                    started.header("Location"));
            assertTrue(started.body().contains("\"state\":\"RUNNING\""), started.body());
            Http.Page again = rebuild(platform);
            assertEquals(409, again.status(), "one rebuild at a time: " + again.body());
            assertTrue(again.body().contains("\"state\":\"RUNNING\""), again.body());
            db.commit();
        }
        Http.Page status = platform.get("/api/v1/wilayah/kinerja/bangun-ulang");
        for (int i = 0; i < 600 && status.body().contains("RUNNING"); i++) {
            Thread.sleep(500);
            status = platform.get("/api/v1/wilayah/kinerja/bangun-ulang");
        }
        assertEquals(200, status.status());
        assertTrue(status.body().contains("\"state\":\"DONE\""), status.body());
        assertTrue(status.body().contains("\"failedVillages\":["), status.body());
        Http regency = new Http();
        regency.login("", "regency@portaldesa.test", DEMO_PASSWORD);
        assertEquals(404, regency.get("/api/v1/wilayah/kinerja/bangun-ulang").status(), "the status is the platform's");
    }

    /** A GET on the village's own domain carrying this visitor's session cookie. */
    static Http.Page byDomain(TestVillages.Village v, Http who, String path) {
        Http domain = new Http(Http.BASE, "Host", v.domain(), "Cookie", who.cookieHeader());
        return domain.get(path);
    }
}
