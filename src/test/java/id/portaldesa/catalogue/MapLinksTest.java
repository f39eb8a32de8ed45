package id.portaldesa.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MapLinksTest {

    @Test
    void aPlaceOpensInTheVisitorsMapApp() {
        assertEquals("geo:-2.083100,102.278400?q=-2.083100,102.278400", MapLinks.geo(-2.0831, 102.2784));
        assertEquals(
                "https://www.openstreetmap.org/?mlat=-2.083100&mlon=102.278400#map=16/-2.083100/102.278400",
                MapLinks.web(-2.0831, 102.2784));
    }

    @Test
    void coordinatesUseADotWhateverTheServersLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("id"));
            assertEquals("geo:-2.083100,102.278400?q=-2.083100,102.278400", MapLinks.geo(-2.0831, 102.2784));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void onlyRealCoordinatesMakeALink() {
        assertTrue(MapLinks.isValid(-2.08, 102.27));
        assertFalse(MapLinks.isValid(null, 102.27));
        assertFalse(MapLinks.isValid(-95.0, 102.27));
        assertFalse(MapLinks.isValid(-2.0, 181.0));
    }
}
