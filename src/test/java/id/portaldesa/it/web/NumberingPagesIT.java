package id.portaldesa.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /kantor/surat/penomoran}: the village admin sets the number format (with a preview), the
 * sequence, the paper and the village code; a bad format is refused with its reason and nothing is
 * saved; the page is the admin's of this village only (by slug path, and by the village's domain with
 * the session of a login elsewhere: logging in on a village domain redirects to that domain's absolute
 * address, which this test client cannot reach).
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class NumberingPagesIT {

    static final String PAGE = "/kantor/surat/penomoran";

    @Test
    void theAdminSetsTheFormatAndSeesAnExampleNumber() {
        TestVillages.Village village = TestVillages.create();
        Http admin = new Http();
        admin.login(village.prefix(), village.adminEmail(), village.password());
        Http.Page page = admin.get(village.prefix() + PAGE);
        assertEquals(200, page.status(), page.text());
        assertTrue(page.html().getElementById("example").text().startsWith("400.12.2.1/012/"), page.text());
        // Found from the letters' other office pages, not only by its address.
        Http.Page letterTypes = admin.get(village.prefix() + "/kantor/surat/jenis");
        assertTrue(
                letterTypes
                                .html()
                                .select("a#nav-letters-numbering[href$='" + PAGE + "']")
                                .size()
                        == 1,
                letterTypes.body());

        Http.Page refused = admin.submit(
                page,
                "numbering",
                Map.of(
                        "format",
                        "[kode_surat]/[nomer]/[tahun]",
                        "scope",
                        "VILLAGE",
                        "paper",
                        "A4",
                        "villageCode",
                        "ABC"),
                "save");
        assertTrue(refused.text().contains("[nomer]") && refused.text().contains("tidak dikenal"), refused.text());
        Http.Page unchanged = admin.get(village.prefix() + PAGE);
        assertTrue(unchanged.html().getElementById("example").text().startsWith("400.12.2.1/012/"), "nothing saved");

        Http.Page saved = admin.submit(
                unchanged,
                "numbering",
                Map.of(
                        "format",
                        "[nomor,4]/[kode_desa]/[tahun]",
                        "scope",
                        "VILLAGE",
                        "paper",
                        "F4",
                        "villageCode",
                        "abc"),
                "save");
        assertEquals(200, saved.status());
        assertEquals(
                "0012/ABC/" + LocalDate.now().getYear(),
                saved.html().getElementById("example").text(),
                saved.text());
        Http.Page again = admin.get(village.prefix() + PAGE);
        assertEquals(
                "[nomor,4]/[kode_desa]/[tahun]",
                again.html().getElementById("numbering:format").val());
        assertNotNull(again.html().selectFirst("#numbering\\:paper option[selected][value=F4]"), again.body());
    }

    @Test
    void onlyThisVillagesAdminOpensIt() {
        TestVillages.Village mine = TestVillages.createWithDomain();
        TestVillages.Village other = TestVillages.createWithDomain();
        Http otherAdmin = new Http();
        otherAdmin.login(other.prefix(), other.adminEmail(), other.password());
        assertEquals(200, otherAdmin.get(other.prefix() + PAGE).status());
        assertEquals(404, otherAdmin.get(mine.prefix() + PAGE).status());
        // On this village's own domain, the other admin (with the session of their login) is a stranger too.
        assertEquals(
                404,
                SiteAdmin.unfollowed(PAGE, "Host", mine.domain(), "Cookie", otherAdmin.cookieHeader())
                        .statusCode(),
                "by domain");

        Http official = new Http();
        official.login(mine.prefix(), mine.officialEmail(), mine.password());
        assertEquals(404, official.get(mine.prefix() + PAGE).status(), "the sekdes is not the village admin");

        assertEquals(404, new Http().get(PAGE).status(), "no such page on the platform host");
    }
}
