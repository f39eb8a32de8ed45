package id.portaldesa.platform.metrics.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

/** The regency API's forged parameters: what they parse to before any query (MetricsCrossVillageIT over HTTP). */
class RegencyMetricsResourceTest {

    @Test
    void aMonthHasAFourDigitYear() {
        assertEquals(YearMonth.of(2026, 3), YearMonth.parse("2026-03", RegencyMetricsResource.MONTH));
        // YearMonth.parse takes these; the month after +999999999-12 does not exist (a 500).
        assertThrows(
                DateTimeParseException.class, () -> YearMonth.parse("+999999999-12", RegencyMetricsResource.MONTH));
        assertThrows(DateTimeParseException.class, () -> YearMonth.parse("+10000-01", RegencyMetricsResource.MONTH));
        assertThrows(DateTimeParseException.class, () -> YearMonth.parse("2026-13", RegencyMetricsResource.MONTH));
        assertThrows(DateTimeParseException.class, () -> YearMonth.parse("2026-3", RegencyMetricsResource.MONTH));
    }

    @Test
    void aPageFarPastTheEndIsRefusedNotReadAsTheFirstNorSentToTheDriver() {
        assertEquals(0, RegencyMetricsResource.first(1, 20).getAsInt());
        assertEquals(20, RegencyMetricsResource.first(2, 20).getAsInt());
        assertEquals(0, RegencyMetricsResource.first(-5, 20).getAsInt());
        int last = RegencyMetricsResource.first(RegencyMetricsResource.MAX_PAGE, 100)
                .getAsInt();
        assertTrue(last + 100 <= 50_000_000, "MariaDB's driver takes at most 50,000,000 rows: " + last);
        // (hal - 1) * ukuran: 99,999,900 rows asked (a 500), or overflowed to row 0 (the first page).
        assertTrue(RegencyMetricsResource.first(1_000_000, 100).isEmpty());
        assertTrue(RegencyMetricsResource.first(Integer.MAX_VALUE, 100).isEmpty());
    }
}
