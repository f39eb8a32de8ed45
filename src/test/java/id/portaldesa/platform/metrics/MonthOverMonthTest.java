package id.portaldesa.platform.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The dashboard's month-over-month change compares whole months only. */
class MonthOverMonthTest {

    static final Figures TEN = new Figures(10, 0, 0, 0, 0, 0, null, null, null, null, null);

    static VillageRow row(boolean whole) {
        return new VillageRow(
                1, "15.02.02.2004", "Kungkai", "kungkai", "Bangko", TEN, TEN, Figures.NONE, 20, 5, 0, whole);
    }

    @Test
    void aMonthIsWholeOnceItIsOverInWibTheLastZoneToLeaveIt() {
        YearMonth december = YearMonth.of(2026, 12);
        // 23:59 WIB on 31 December (already 1 January 01:59 in WIT): not over everywhere.
        assertFalse(RegencyMetrics.isWhole(december, Instant.parse("2026-12-31T16:59:00Z")));
        // 00:00 WIB on 1 January: over in every village.
        assertTrue(RegencyMetrics.isWhole(december, Instant.parse("2026-12-31T17:00:00Z")));
        assertFalse(RegencyMetrics.isWhole(YearMonth.of(2027, 1), Instant.parse("2026-12-31T17:00:00Z")));
        assertTrue(RegencyMetrics.isWhole(YearMonth.of(2026, 11), Instant.parse("2026-12-05T00:00:00Z")));
    }

    @Test
    void theMonthInProgressShowsNoChangeAWholeOneShowsItsChange() {
        assertNull(row(false).getLettersChange(), "ten days of this month against all of the last: no change");
        assertNull(row(false).getComplaintsChange());
        assertEquals(-50L, row(true).getLettersChange());
        assertEquals(100L, row(true).getComplaintsChange());
    }
}
