package id.portaldesa.site.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MapLinksTest {

    @Test
    void coordinates_open_a_map_app_and_a_web_map() {
        MapLinks links = MapLinks.of(new BigDecimal("-2.0831"), new BigDecimal("102.270800"));
        assertEquals("geo:-2.0831,102.2708", links.geo());
        assertEquals("https://www.openstreetmap.org/?mlat=-2.0831&mlon=102.2708#map=15/-2.0831/102.2708", links.web());
        assertEquals("-2.0831, 102.2708", links.coordinates());
    }

    @Test
    void more_than_six_decimals_are_rounded_and_whole_degrees_stay_plain() {
        assertEquals(
                "geo:-2.123457,102",
                MapLinks.of(new BigDecimal("-2.1234567"), new BigDecimal("102.000"))
                        .geo());
        assertEquals(
                "geo:0,0", MapLinks.of(BigDecimal.ZERO, new BigDecimal("0E-6")).geo(), "no exponent");
    }

    @Test
    void unknown_or_impossible_coordinates_give_no_links() {
        assertNull(MapLinks.of(null, new BigDecimal("102")));
        assertNull(MapLinks.of(new BigDecimal("-2"), null));
        assertNull(MapLinks.of(new BigDecimal("91"), new BigDecimal("102")));
        assertNull(MapLinks.of(new BigDecimal("-2"), new BigDecimal("-180.5")));
    }
}
