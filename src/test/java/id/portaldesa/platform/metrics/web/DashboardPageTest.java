package id.portaldesa.platform.metrics.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The export's headers are in the viewer's language, from the bundles. */
class DashboardPageTest {

    @Test
    void exportHeadersInTheViewersLanguage() {
        var indonesian = DashboardPage.header(Locale.forLanguageTag("id"));
        var english = DashboardPage.header(Locale.ENGLISH);
        assertEquals(DashboardPage.EXPORT_COLUMNS.size(), indonesian.size());
        assertEquals("Kode desa", indonesian.get(0));
        assertEquals("Kecamatan", indonesian.get(2));
        assertEquals("Village code", english.get(0));
        assertEquals("Complaints overdue", english.get(13));
    }
}
