package id.portaldesa.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.it.container.Fixtures;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The lazy back-office tables as people see them: the platform's list of every village of the
 * official list, and a village's audit log, readable only by that village's admin.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class BackOfficeTablesIT {

    static final String PASSWORD = "demo-desa-2026";

    @Test
    void thePlatformListsTheWholeOfficialListOnePageAtATime() {
        Http platform = new Http();
        Http.Page landing = platform.login("", "admin@portaldesa.test", PASSWORD);
        assertEquals(200, landing.status(), landing.url() + "\n" + landing.text());
        long start = System.nanoTime();
        Http.Page page = platform.get("/platform/desa");
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("PAGING-TIMING village list page over HTTP: " + ms + " ms");
        assertEquals(200, page.status(), page.url() + "\n" + page.text());
        Element table = page.html().getElementById("list:villages");
        assertTrue(table != null, page.text());
        assertEquals(50, table.select("tbody tr").size(), "one page of 50 rows");
        assertTrue(page.text().replaceAll("[.,\\s]", "").contains("83762"), "the total is shown");
        assertTrue(page.html().getElementById("list:villages:globalFilter") != null, "a search box");
    }

    @Test
    void aVillagesAuditLogShowsItsStaffActionsToItsAdminOnly() {
        Http kungkai = new Http();
        kungkai.login("/kungkai", "admin@kungkai.test", PASSWORD);
        String invitee = Fixtures.email("kaur-log");
        Http.Page staff = kungkai.get("/kungkai/kantor/staf");
        Http.Page sent = kungkai.submit(
                staff, "invite", Map.of("email", invitee, "role", "OFFICIAL", "position", "KAUR"), "send");
        assertEquals(200, sent.status());

        Http.Page log = kungkai.get("/kungkai/kantor/log-aktivitas");
        assertEquals(200, log.status());
        Element firstRow = log.html().select("[id=log:entries] tbody tr").first();
        assertTrue(firstRow != null && firstRow.text().contains(invitee), log.text());
        assertTrue(firstRow.text().contains("Admin Kungkai"), "the actor: " + firstRow.text());
        assertTrue(firstRow.text().contains("Undangan staf dikirim"), "the action, translated: " + firstRow.text());

        Http sungaiKapas = new Http();
        sungaiKapas.login("/sungai-kapas", "admin@sungai-kapas.test", PASSWORD);
        Http.Page other = sungaiKapas.get("/sungai-kapas/kantor/log-aktivitas");
        assertEquals(200, other.status());
        assertFalse(other.body().contains(invitee), "another village's admin does not see it");

        Http secretary = new Http();
        secretary.login("/kungkai", "sekdes@kungkai.test", PASSWORD);
        assertEquals(404, secretary.get("/kungkai/kantor/log-aktivitas").status(), "the log is for the admin");
    }
}
