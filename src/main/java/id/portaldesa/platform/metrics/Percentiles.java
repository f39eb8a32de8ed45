package id.portaldesa.platform.metrics;

import java.util.Arrays;
import java.util.OptionalLong;

/**
 * Exact order statistics of durations, by the <b>nearest-rank</b> method: the p-th percentile of n
 * sorted values is the value at rank ⌈p/100 · n⌉ (1-based), always one of the values themselves,
 * never an interpolation. So the median of {1, 2, 3, 4} is 2 and its 90th percentile is 4; the median
 * of {5} is 5; an empty set has none. Computed from the period's own durations, never by averaging
 * other periods' medians.
 */
public final class Percentiles {

    private Percentiles() {}

    /** The nearest-rank percentile (0 &lt; p ≤ 100) of the values; empty when there are none. */
    public static OptionalLong of(long[] values, int p) {
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("A percentile lies in (0, 100]: " + p);
        }
        if (values.length == 0) {
            return OptionalLong.empty();
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return OptionalLong.of(sorted[rank(sorted.length, p) - 1]);
    }

    public static OptionalLong median(long[] values) {
        return of(values, 50);
    }

    public static OptionalLong p90(long[] values) {
        return of(values, 90);
    }

    /** ⌈p · n / 100⌉ in integers, at least 1. */
    static int rank(int n, int p) {
        return Math.max(1, (int) ((p * (long) n + 99) / 100));
    }

    /** A share in whole percent, rounded half up; empty when nothing was counted. */
    public static OptionalLong percent(long part, long whole) {
        if (whole <= 0) {
            return OptionalLong.empty();
        }
        return OptionalLong.of((part * 200 + whole) / (2 * whole));
    }

    /**
     * The change from one month to the next in whole percent, rounded half away from zero; empty when
     * the earlier month had nothing (a change from nothing has no ratio).
     */
    public static OptionalLong change(long before, long now) {
        if (before <= 0) {
            return OptionalLong.empty();
        }
        long diff = now - before;
        long rounded = (Math.abs(diff) * 200 + before) / (2 * before);
        return OptionalLong.of(diff < 0 ? -rounded : rounded);
    }
}
