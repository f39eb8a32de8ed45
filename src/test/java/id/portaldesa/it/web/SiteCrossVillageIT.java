package id.portaldesa.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every page, action and address of the site feature, tried across villages by slug path and by the
 * village's own domain: staff of village B see and change nothing of village A, and A's records
 * answer "not found" everywhere B reaches them.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class SiteCrossVillageIT {

    static final List<String> OFFICE_PAGES = List.of(
            "/kantor/profil",
            "/kantor/profil/rincian",
            "/kantor/perangkat",
            "/kantor/halaman",
            "/kantor/tampilan",
            "/kantor/menu");

    @Test
    void staff_of_another_village_get_not_found_on_every_site_page_by_slug_and_by_domain() {
        TestVillages.Village a = TestVillages.createWithDomain();
        TestVillages.Village b = TestVillages.create();
        SiteAdmin adminOfA = SiteAdmin.logIn(a);
        long pageOfA = adminOfA.publishPage("Rahasia Desa A", "Hanya untuk A.");
        for (String page : OFFICE_PAGES) {
            assertEquals(200, adminOfA.http.get(a.prefix() + page).status(), "A's admin opens " + page);
        }

        SiteAdmin adminOfB = SiteAdmin.logIn(b);
        for (String page : OFFICE_PAGES) {
            assertEquals(404, adminOfB.http.get(a.prefix() + page).status(), "by slug: " + page);
        }
        assertEquals(
                404,
                adminOfB.http
                        .get(a.prefix() + "/kantor/halaman/ubah?id=" + pageOfA)
                        .status());
        Http.Page viaOwnOffice = adminOfB.http.get(b.prefix() + "/kantor/halaman/ubah?id=" + pageOfA);
        assertEquals(404, viaOwnOffice.status(), "A's page id in B's own office");
        assertFalse(viaOwnOffice.body().contains("Rahasia Desa A"));

        // On A's own domain, B's admin (with the session of their login) is a stranger too.
        String session = adminOfB.http.cookieHeader();
        for (String page : OFFICE_PAGES) {
            assertEquals(
                    404,
                    SiteAdmin.unfollowed(page, "Host", a.domain(), "Cookie", session)
                            .statusCode(),
                    "by domain: " + page);
        }
        assertEquals(
                404,
                SiteAdmin.unfollowed("/kantor/halaman/ubah?id=" + pageOfA, "Host", a.domain(), "Cookie", session)
                        .statusCode());

        // B's admin cannot preview another theme on A's site.
        Http.Page tried = adminOfB.http.get(a.prefix() + "/?pratinjau=lintas");
        assertEquals("theme-default", tried.html().selectFirst("body").className());

        assertEquals(
                200,
                adminOfA.http
                        .get(a.prefix() + "/kantor/halaman/ubah?id=" + pageOfA)
                        .status(),
                "A still can");
    }

    @Test
    void a_villages_pages_answer_only_under_that_village() {
        TestVillages.Village a = TestVillages.createWithDomain();
        TestVillages.Village b = TestVillages.createWithDomain();
        SiteAdmin adminOfA = SiteAdmin.logIn(a);
        adminOfA.publishPage("Perdes Nomor Satu", "Isi perdes.");
        adminOfA.saveDetails(Map.of("history", "Sejarah khusus desa A"));

        Http visitor = new Http();
        assertEquals(200, visitor.get(a.prefix() + "/halaman/perdes-nomor-satu").status());
        assertEquals(200, a.visitorByDomain().get("/halaman/perdes-nomor-satu").status());
        assertEquals(404, visitor.get(b.prefix() + "/halaman/perdes-nomor-satu").status(), "by slug");
        assertEquals(404, b.visitorByDomain().get("/halaman/perdes-nomor-satu").status(), "by domain");

        for (Http.Page page : List.of(
                visitor.get(b.prefix() + "/profil"),
                b.visitorByDomain().get("/profil"),
                visitor.get(b.prefix() + "/cari?q=perdes"),
                b.visitorByDomain().get("/cari?q=khusus"),
                visitor.get(b.prefix() + "/sitemap.xml"),
                b.visitorByDomain().get("/robots.txt"),
                visitor.get(b.prefix() + "/"))) {
            assertEquals(200, page.status(), page.url());
            assertFalse(page.body().contains("Perdes Nomor Satu"), page.url());
            assertFalse(page.body().contains("perdes-nomor-satu"), page.url());
            assertFalse(page.body().contains("Sejarah khusus desa A"), page.url());
            assertFalse(page.body().contains(a.slug()), page.url());
        }
        assertTrue(visitor.get(a.prefix() + "/cari?q=perdes").text().contains("Perdes Nomor Satu"));
    }

    @Test
    void a_forged_post_with_another_villages_page_changes_nothing() {
        TestVillages.Village a = TestVillages.create();
        TestVillages.Village b = TestVillages.create();
        long pageOfA = SiteAdmin.logIn(a).publishPage("Milik Desa A", "Isi asli.");
        SiteAdmin adminOfB = SiteAdmin.logIn(b);
        long pageOfB = adminOfB.publishPage("Milik Desa B", "Isi B.");
        // B opens its own page's form, then posts it with A's page id in the view parameter.
        Http.Page form = adminOfB.http.get(b.prefix() + "/kantor/halaman/ubah?id=" + pageOfB);
        String action = form.html().getElementById("page").attr("action");
        Map<String, String> data = new java.util.LinkedHashMap<>();
        form.html().getElementById("page").select("input[name]").forEach(i -> data.put(i.attr("name"), i.val()));
        data.put("page:title", "Dibajak");
        data.put("page:body", "Dibajak");
        data.put("page:save", "x");
        data.put("id", String.valueOf(pageOfA));
        adminOfB.http.post(
                java.net
                        .URI
                        .create(form.url())
                        .resolve(action + (action.contains("?") ? "&" : "?") + "id=" + pageOfA)
                        .toString(),
                data);
        Http.Page original = new Http().get(a.prefix() + "/halaman/milik-desa-a");
        assertEquals(200, original.status());
        assertTrue(original.text().contains("Isi asli."), original.text());
        assertFalse(original.text().contains("Dibajak"));
    }
}
