package id.portaldesa.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.it.container.Fixtures;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo regency admin of Merangin (15.02) over HTTP: the platform console opens with Merangin's
 * villages only, admin invitations go out inside Merangin and are refused outside, and the pages of
 * the platform admin (mail outbox, regional roles) do not exist for them.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class RegencyConsoleIT {

    static final String PASSWORD = "demo-desa-2026";
    static final Pattern VILLAGE_CODE = Pattern.compile("\\b\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}\\b");

    @Test
    void regencyAdminWorksInTheConsoleWithinMeranginOnly() {
        Http regency = new Http();
        Http.Page landing = regency.login("", "regency@portaldesa.test", PASSWORD);
        assertTrue(landing.url().endsWith("/platform/desa"), landing.url());
        List<String> codes = codesIn(landing.html().select("main").text());
        assertFalse(codes.isEmpty(), landing.text());
        assertTrue(codes.stream().allMatch(c -> c.startsWith("15.02.")), codes.toString());
        assertTrue(landing.text().contains("Kungkai"));
        assertTrue(landing.html().getElementById("onboard") != null, "a regency admin onboards villages");
        assertTrue(landing.html().getElementById("nav-admins") != null, "and invites their admins");
        assertTrue(landing.html().getElementById("nav-outbox") == null, "but has no mail outbox");

        assertEquals(404, regency.get("/platform/surel").status(), "the outbox holds every region's links");
        assertEquals(404, regency.get("/platform/peran-wilayah").status(), "granting roles is the platform's");
        assertEquals(404, regency.get("/kungkai/kantor").status(), "not staff of the village");

        Http.Page admins = regency.get("/platform/admin-desa");
        assertEquals(200, admins.status());
        Http.Page outside = regency.submit(
                admins,
                "invite",
                Map.of("code", "11.01.01.2001", "email", Fixtures.email("aceh"), "replace", ""),
                "send");
        assertTrue(outside.text().contains("di luar wilayah Anda"), outside.text());

        Http.Page inside = regency.submit(
                regency.get("/platform/admin-desa"),
                "invite",
                Map.of("code", "15.02.02.2004", "email", Fixtures.email("admin-kungkai"), "replace", ""),
                "send");
        assertTrue(inside.text().contains("sudah dikirim"), inside.text());
    }

    @Test
    void regencyAdminUploadsACsvAndReadsTheResultOfEachRow() {
        Http regency = new Http();
        regency.login("", "regency@portaldesa.test", PASSWORD);
        String good = Fixtures.email("csv-kungkai");
        String outside = Fixtures.email("csv-aceh");
        String csv = "kode;nama;surel\n15.02.02.2004;Kungkai;" + good + "\n11.01.01.2001;;" + outside
                + "\n15.02.02.2024;Bukan Sungai Kapas;x@it.test\n";
        Http.Page result = regency.upload(
                regency.get("/platform/admin-desa"),
                "csv",
                "file",
                "admin.csv",
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "upload");
        assertEquals(200, result.status());
        var rows = result.html().select("table.results tbody tr");
        assertEquals(3, rows.size(), result.text());
        assertTrue(rows.get(0).text().contains("Diundang"), rows.get(0).text());
        assertTrue(
                rows.get(1).text().contains("di luar wilayah Anda"), rows.get(1).text());
        assertTrue(
                rows.get(2).text().contains("bukan Bukan Sungai Kapas"),
                rows.get(2).text());
        assertTrue(result.text().contains("1 baris berhasil, 2 baris ditolak"), result.text());
    }

    @Test
    void platformAdminSeesEveryRegionAndTheRolePage() {
        Http platform = new Http();
        platform.login("", "admin@portaldesa.test", PASSWORD);
        Http.Page roles = platform.get("/platform/peran-wilayah");
        assertEquals(200, roles.status());
        assertTrue(roles.text().contains("regency@portaldesa.test"), "the demo grant is listed");
    }

    static List<String> codesIn(String text) {
        Matcher m = VILLAGE_CODE.matcher(text);
        List<String> codes = new java.util.ArrayList<>();
        while (m.find()) {
            codes.add(m.group());
        }
        return codes;
    }
}
