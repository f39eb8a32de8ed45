package id.portaldesa.platform.metrics;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Set;

/**
 * The figures of one workflow over a period (one month or several, each a village's own month):
 * what was received in it, what was done in it and how long that took, computed exactly from the
 * facts (medians and 90th percentiles by nearest rank, {@link Percentiles}).
 *
 * @param received received in the period
 * @param done done (issued, resolved, answered) in the period, whenever received
 * @param receivedDone of those received in the period, how many are done by now (the share issued)
 * @param accepted aspirations received in the period that are accepted into the village plan
 * @param withTarget complaints resolved in the period that had a target response time
 * @param withinTarget of those, resolved within it
 * @param medianDone submission to done, of those done in the period; null when none
 * @param medianNet the same without the time spent returned to the resident
 * @param medianResponse entering the queue to the first response, of first responses in the period
 * @param responded first responses in the period (what {@code medianResponse} is computed from)
 * @param withheld durations or a share left out of these figures as computed from fewer than {@link
 *     VillageMetrics#FEWEST_SHOWN} items ({@link #shownPublicly()})
 */
public record Figures(
        int received,
        int done,
        int receivedDone,
        int accepted,
        int withTarget,
        int withinTarget,
        Long medianDone,
        Long p90Done,
        Long medianNet,
        Long p90Net,
        Long medianResponse,
        int responded,
        boolean withheld)
        implements Serializable {

    public static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, null, null, null, null, null, 0, false);

    /** The counts and these durations, nothing withheld (the dashboard's month rows, tests). */
    public Figures(
            int received,
            int done,
            int receivedDone,
            int accepted,
            int withTarget,
            int withinTarget,
            Long medianDone,
            Long p90Done,
            Long medianNet,
            Long p90Net,
            Long medianResponse) {
        this(
                received,
                done,
                receivedDone,
                accepted,
                withTarget,
                withinTarget,
                medianDone,
                p90Done,
                medianNet,
                p90Net,
                medianResponse,
                medianResponse == null ? 0 : 1,
                false);
    }

    /**
     * The figures as the public may see them (the village's page and API): a median, percentile or
     * share computed from fewer than {@link VillageMetrics#FEWEST_SHOWN} items is withheld (null),
     * since in a small village two or three durations point at the persons behind them. Counts stay.
     * Each duration or share is judged by the items it is computed from: the times to done by those
     * done in the period, the first response by the first responses, the share within target by the
     * resolved complaints with a target. Staff pages (the regency dashboard, the office's own page)
     * show the exact figures.
     */
    public Figures shownPublicly() {
        boolean fewDone = done < VillageMetrics.FEWEST_SHOWN && medianDone != null;
        boolean fewTargets = withTarget > 0 && withTarget < VillageMetrics.FEWEST_SHOWN;
        boolean fewResponses = responded < VillageMetrics.FEWEST_SHOWN && medianResponse != null;
        if (!fewDone && !fewTargets && !fewResponses) {
            return this;
        }
        return new Figures(
                received,
                done,
                receivedDone,
                accepted,
                fewTargets ? 0 : withTarget,
                fewTargets ? 0 : withinTarget,
                fewDone ? null : medianDone,
                fewDone ? null : p90Done,
                fewDone ? null : medianNet,
                fewDone ? null : p90Net,
                fewResponses ? null : medianResponse,
                responded,
                true);
    }

    /** These figures without their share within target, withheld ({@link VillageMetrics#shownPublicly}). */
    Figures withoutShareWithinTarget() {
        return new Figures(
                received,
                done,
                receivedDone,
                accepted,
                0,
                0,
                medianDone,
                p90Done,
                medianNet,
                p90Net,
                medianResponse,
                responded,
                true);
    }

    /** The figures of the facts over the months ({@code yyyymm}) in the village's zone. */
    public static Figures of(Collection<Fact> facts, ZoneId zone, Set<Integer> months) {
        int received = 0;
        int done = 0;
        int receivedDone = 0;
        int accepted = 0;
        int withTarget = 0;
        int withinTarget = 0;
        long[] gross = new long[facts.size()];
        long[] net = new long[facts.size()];
        long[] response = new long[facts.size()];
        int durations = 0;
        int responses = 0;
        for (Fact f : facts) {
            if (in(months, f.receivedAt(), zone)) {
                received++;
                if (f.doneAt() != null) {
                    receivedDone++;
                }
                if (f.accepted()) {
                    accepted++;
                }
            }
            if (in(months, f.doneAt(), zone)) {
                done++;
                if (f.doneSeconds() != null) {
                    gross[durations] = f.doneSeconds();
                    net[durations++] = f.netSeconds();
                }
                if (f.hasTarget()) {
                    withTarget++;
                    if (f.withinTarget()) {
                        withinTarget++;
                    }
                }
            }
            if (in(months, f.responseAt(), zone) && f.responseSeconds() != null) {
                response[responses++] = f.responseSeconds();
            }
        }
        long[] g = java.util.Arrays.copyOf(gross, durations);
        long[] n = java.util.Arrays.copyOf(net, durations);
        long[] r = java.util.Arrays.copyOf(response, responses);
        return new Figures(
                received,
                done,
                receivedDone,
                accepted,
                withTarget,
                withinTarget,
                boxed(Percentiles.median(g)),
                boxed(Percentiles.p90(g)),
                boxed(Percentiles.median(n)),
                boxed(Percentiles.p90(n)),
                boxed(Percentiles.median(r)),
                responses,
                false);
    }

    /** Whether the instant falls in one of the months (never, for no instant). */
    private static boolean in(Set<Integer> months, java.time.Instant at, ZoneId zone) {
        Integer m = Fact.monthOf(at, zone);
        return m != null && months.contains(m);
    }

    public boolean isEmpty() {
        return received == 0 && done == 0 && medianResponse == null;
    }

    /** Share of the received that is done by now, whole percent; null when nothing was received. */
    public Long shareDone() {
        return boxed(Percentiles.percent(receivedDone, received));
    }

    /** Share of the resolved with a target that met it, whole percent; null when none. */
    public Long shareWithinTarget() {
        return boxed(Percentiles.percent(withinTarget, withTarget));
    }

    private static Long boxed(java.util.OptionalLong v) {
        return v.isPresent() ? v.getAsLong() : null;
    }
}
