package id.portaldesa.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.portaldesa.shared.BusinessException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RupiahTest {

    @Test
    void formatsWholeRupiahWithIndonesianGrouping() {
        assertEquals("Rp0", Rupiah.format(0));
        assertEquals("Rp500", Rupiah.format(500));
        assertEquals("Rp1.000", Rupiah.format(1_000));
        assertEquals("Rp15.000", Rupiah.format(15_000));
        assertEquals("Rp120.000", Rupiah.format(120_000));
        assertEquals("Rp1.250.000", Rupiah.format(1_250_000));
        assertEquals("Rp100.000.000.000", Rupiah.format(Rupiah.MAX));
        assertEquals("-Rp2.500", Rupiah.format(-2_500));
        assertEquals("", Rupiah.formatOrEmpty(null));
    }

    @Test
    void readsPricesAsPeopleTypeThem() {
        assertEquals(Optional.of(15_000L), Rupiah.parse("15000"));
        assertEquals(Optional.of(15_000L), Rupiah.parse("15.000"));
        assertEquals(Optional.of(15_000L), Rupiah.parse("Rp 15.000"));
        assertEquals(Optional.of(15_000L), Rupiah.parse("rp15.000,00"));
        assertEquals(Optional.of(15_000L), Rupiah.parse(" Rp. 15 000 "));
        assertEquals(Optional.of(0L), Rupiah.parse("0"));
        assertEquals(Optional.empty(), Rupiah.parse("  "));
        assertEquals(Optional.empty(), Rupiah.parse(null));
    }

    @Test
    void refusesWhatIsNoWholeRupiahAmount() {
        for (String typed : new String[] {"15,5", "-1", "lima ribu", "15.000,50", "1e6", "999999999999999", "$15"}) {
            BusinessException refused = assertThrows(BusinessException.class, () -> Rupiah.parse(typed), typed);
            assertEquals("catalogue.price.invalid", refused.getMessageKey());
        }
    }
}
