package id.portaldesa.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Over HTTP with the demo villages: the residents page opens for staff who manage residents, shows
 * NIKs masked in the list and in full only in a resident's details, never in an address; residents
 * edit their own data on their page; nobody else reaches either page.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ResidentsPageIT {

    static final String PASSWORD = "demo-desa-2026";
    static final Pattern FULL_NIK = Pattern.compile("\\b\\d{16}\\b");

    @Test
    void staffSearchAndOpenAResidentAndSeeTheFullNikOnlyThere() {
        Http admin = new Http();
        admin.login("/kungkai", "admin@kungkai.test", PASSWORD);
        Http.Page list = admin.get("/kungkai/kantor/warga");
        assertEquals(200, list.status());
        assertNotNull(list.html().getElementById("nav-residents"), "linked in the navigation");

        Http.Page found = admin.submit(list, "search", Map.of("text", "warga@kungkai.test"), "go");
        assertTrue(found.text().contains("warga@kungkai.test"), found.text());
        assertFalse(FULL_NIK.matcher(found.text()).find(), "the list shows NIKs masked");

        Http.Page details = admin.submit(found, "list", Map.of(), "residents:0:open");
        assertEquals(200, details.status());
        String nik = details.html().getElementById("nik").text();
        assertTrue(FULL_NIK.matcher(nik).matches(), "processing staff see the full NIK: " + nik);
        assertFalse(details.url().matches(".*\\d{16}.*"), details.url());
        assertTrue(details.url().endsWith("/kungkai/kantor/warga"), details.url());

        Http secretary = new Http();
        secretary.login("/kungkai", "sekdes@kungkai.test", PASSWORD);
        assertEquals(200, secretary.get("/kungkai/kantor/warga").status(), "the sekdes manages residents");
    }

    @Test
    void nobodyElseReachesTheResidentsPage() {
        Http resident = new Http();
        resident.login("/kungkai", "warga@kungkai.test", PASSWORD);
        assertEquals(404, resident.get("/kungkai/kantor/warga").status());

        Http otherAdmin = new Http();
        otherAdmin.login("/sungai-kapas", "admin@sungai-kapas.test", PASSWORD);
        assertEquals(200, otherAdmin.get("/sungai-kapas/kantor/warga").status());
        Http.Page foreign = otherAdmin.get("/kungkai/kantor/warga");
        assertEquals(404, foreign.status());
        assertFalse(foreign.body().contains("warga@kungkai.test"));
        assertEquals(404, otherAdmin.get("/kungkai/akun/data-diri").status());

        Http.Page visitor = new Http().get("/kungkai/kantor/warga");
        assertTrue(visitor.url().endsWith("/kungkai/masuk"), visitor.url());
    }

    @Test
    void aResidentEditsTheirOwnData() {
        Http resident = new Http();
        resident.login("/tambang-emas", "warga@tambang-emas.test", PASSWORD);
        Http.Page page = resident.get("/tambang-emas/akun/data-diri");
        assertEquals(200, page.status());
        String occupation = "Nelayan " + System.nanoTime();
        Http.Page saved = resident.submit(
                page,
                "data",
                Map.of("occupation", occupation, "rt", "3", "rw", "12", "birthDate", "1991-02-03"),
                "save");
        assertEquals(200, saved.status());
        assertEquals(occupation, saved.html().getElementById("data:occupation").val());
        assertEquals("1991-02-03", saved.html().getElementById("data:birthDate").val());
        assertEquals(
                occupation,
                resident.get("/tambang-emas/akun/data-diri")
                        .html()
                        .getElementById("data:occupation")
                        .val());

        Http.Page wrong = resident.submit(saved, "data", Map.of("rt", "RT satu"), "save");
        assertTrue(wrong.text().contains("RT/RW berupa 1 sampai 3 angka"), wrong.text());
    }
}
