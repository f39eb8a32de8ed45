package id.portaldesa.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The console's "onboard a whole region" as the platform admin uses it: pick a district, start, see
 * the progress on the page (also after opening it anew), download the CSV. Nobody else sees the form.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class BulkOnboardingPageIT {

    static final String PASSWORD = "demo-desa-2026";

    @Test
    void thePlatformAdminOnboardsADistrictAndDownloadsTheResult() throws Exception {
        String[] district = aDistrictWithNoVillageOnline();
        Http platform = new Http();
        platform.login("", "admin@portaldesa.test", PASSWORD);
        Http.Page console = platform.get("/platform/desa");
        assertEquals(200, console.status());

        Http.Page started =
                platform.submit(console, "bulk", Map.of("area_input", district[0] + " " + district[1]), "start");
        assertEquals(200, started.status(), started.text());
        assertTrue(started.text().contains(district[1]), started.text());

        Http.Page page = started;
        long until = System.currentTimeMillis() + 30_000;
        while (!isDone(page) && System.currentTimeMillis() < until) {
            Thread.sleep(200);
            page = platform.get("/platform/desa");
        }
        Element state = page.html().getElementById("bulkState");
        assertTrue(isDone(page), "done within 30 s: " + (state == null ? page.text() : state.text()));
        assertTrue(state.text().contains(district[0]), state.text());

        Http.Page csv = platform.submit(page, "bulkJobs", Map.of(), "csv");
        assertEquals(200, csv.status());
        assertTrue(csv.header("Content-Type").startsWith("text/csv"), csv.header("Content-Type"));
        String[] lines = csv.body().split("\r\n");
        assertEquals("code,name,slug,address", lines[0]);
        assertEquals(Integer.parseInt(district[2]) + 1, lines.length, csv.body());
        assertTrue(lines[1].startsWith(district[0] + "."), lines[1]);

        // The villages are live at their slugs at once.
        String address = lines[1].substring(lines[1].lastIndexOf(',') + 1);
        assertEquals(200, new Http().get(java.net.URI.create(address).getPath()).status(), address);
    }

    @Test
    void aRegencyAdminSeesNoBulkForm() {
        Http regency = new Http();
        regency.login("", "regency@portaldesa.test", PASSWORD);
        Http.Page console = regency.get("/platform/desa");
        assertEquals(200, console.status());
        assertNull(console.html().getElementById("bulk"), "no form to onboard a whole region");
    }

    private static boolean isDone(Http.Page page) {
        Element state = page.html().getElementById("bulkState");
        return state != null && state.hasClass("bulk-DONE");
    }

    /** Code, name and number of villages of a district with no village online (from the end of the list). */
    static String[] aDistrictWithNoVillageOnline() throws Exception {
        try (Connection c = TestDatabase.connect();
                PreparedStatement st = c.prepareStatement("SELECT a.code, a.name, (SELECT COUNT(*) FROM region r"
                        + " WHERE r.depth = 4 AND r.code LIKE CONCAT(a.code, '.%')) n FROM region a WHERE a.depth = 3"
                        + " AND NOT EXISTS (SELECT 1 FROM village v WHERE v.code LIKE CONCAT(a.code, '.%'))"
                        + " HAVING n BETWEEN 2 AND 30 ORDER BY a.code DESC LIMIT 1");
                ResultSet rs = st.executeQuery()) {
            assertTrue(rs.next(), "a district is left to onboard");
            return new String[] {rs.getString(1), rs.getString(2), rs.getString(3)};
        }
    }
}
