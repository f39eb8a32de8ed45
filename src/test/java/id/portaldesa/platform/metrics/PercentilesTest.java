package id.portaldesa.platform.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The percentile method is nearest rank: the value at rank ⌈p·n/100⌉ of the sorted values. */
class PercentilesTest {

    @Test
    void medianIsTheLowerMiddleOfAnEvenCountAndTheMiddleOfAnOddOne() {
        assertEquals(OptionalLong.of(2), Percentiles.median(new long[] {4, 1, 3, 2}));
        assertEquals(OptionalLong.of(3), Percentiles.median(new long[] {5, 1, 3, 4, 2}));
        assertEquals(OptionalLong.of(7), Percentiles.median(new long[] {7}));
    }

    @Test
    void ninetiethPercentileByNearestRank() {
        long[] tenValues = {10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
        assertEquals(OptionalLong.of(9), Percentiles.p90(tenValues)); // rank 9 of 10
        long[] elevenValues = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
        assertEquals(OptionalLong.of(10), Percentiles.p90(elevenValues)); // rank ⌈9.9⌉ = 10
        assertEquals(OptionalLong.of(4), Percentiles.p90(new long[] {1, 2, 3, 4}));
        assertEquals(OptionalLong.of(100), Percentiles.of(new long[] {100, 1}, 100));
    }

    @Test
    void noValuesNoPercentile() {
        assertTrue(Percentiles.median(new long[0]).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(new long[] {1}, 0));
    }

    @Test
    void theInputIsNotReordered() {
        long[] values = {3, 1, 2};
        Percentiles.median(values);
        assertEquals(3, values[0]);
    }

    @Test
    void shareInWholePercentRoundedHalfUp() {
        assertEquals(OptionalLong.of(67), Percentiles.percent(2, 3));
        assertEquals(OptionalLong.of(50), Percentiles.percent(1, 2));
        assertEquals(OptionalLong.of(13), Percentiles.percent(1, 8)); // 12.5 → 13
        assertEquals(OptionalLong.of(100), Percentiles.percent(4, 4));
        assertTrue(Percentiles.percent(0, 0).isEmpty());
    }

    @Test
    void monthOverMonthChange() {
        assertEquals(OptionalLong.of(50), Percentiles.change(10, 15));
        assertEquals(OptionalLong.of(-50), Percentiles.change(10, 5));
        assertEquals(OptionalLong.of(0), Percentiles.change(3, 3));
        assertEquals(OptionalLong.of(-33), Percentiles.change(3, 2));
        assertEquals(OptionalLong.of(-13), Percentiles.change(8, 7)); // -12.5 → -13
        assertTrue(Percentiles.change(0, 4).isEmpty());
    }
}
