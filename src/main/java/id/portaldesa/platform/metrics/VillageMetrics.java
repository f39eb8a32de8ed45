package id.portaldesa.platform.metrics;

import id.portaldesa.village.ContentRevisions;
import id.portaldesa.village.KeptReadings;
import id.portaldesa.village.VillageClock;
import id.portaldesa.village.VillageTime;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A village's public service figures (its page, its API, its home-page link): computed from the facts
 * of its last twelve months on the first reading and then kept in memory for the village's content
 * revision and at most a minute ({@link #freshness}): visitors cost three queries a village and minute
 * at most.
 */
@ApplicationScoped
public class VillageMetrics {

    public static final int MONTHS = 12;

    /**
     * The fewest items a public figure is shown of: a letter type with fewer requests in the twelve
     * months is counted among the others, and a duration or share computed from fewer items is
     * withheld ({@link Figures#shownPublicly()}). The one place this rule's number lives.
     */
    public static final int FEWEST_SHOWN = 5;

    static final int CAPACITY = 4000;

    @Inject
    FactStore store;

    @Inject
    VillageClock clocks;

    @Inject
    ContentRevisions revisions;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final KeptReadings kept = new KeptReadings(CAPACITY);

    /**
     * The figures of the village as the public may see them (anyone may read them): the exact ones of
     * this minute with small counts withheld, kept beside them.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public VillageFigures of(long villageId) {
        return kept.read(
                villageId,
                "metrics:" + freshness(clocks.of(villageId)),
                revisions,
                transactions,
                () -> shownPublicly(exactOf(villageId)));
    }

    /**
     * The village's own figures, exact (nothing withheld): for its staff only, the office's figures
     * page checks the permission. Computed once a minute at most; the public ones derive from them.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public VillageFigures exactOf(long villageId) {
        VillageTime time = clocks.of(villageId);
        return kept.read(
                villageId,
                "metrics-exact:" + freshness(time),
                revisions,
                transactions,
                () -> compute(villageId, time.zone(), time.thisMonth()));
    }

    /**
     * What a kept reading of the figures is good for: this month, and this minute. Workflow moves do
     * not record a village change (that would empty the village's stored pages at every move), so the
     * figures are read again at most once a minute; the stored public page (60 s at most) follows.
     */
    public static String freshness(VillageTime time) {
        return time.thisMonth() + ":" + time.now().toEpochSecond() / 60;
    }

    /**
     * Every figure as the public may see it ({@link Figures#shownPublicly()}), and the twelve months'
     * share of complaints within target withheld when the months whose share is withheld hold fewer
     * than {@link #FEWEST_SHOWN} of them together: the year's share less the shown months' would
     * give theirs (83 % of six less 100 % of March's five: April's one complaint was late).
     */
    static VillageFigures shownPublicly(VillageFigures f) {
        int hiddenTargets = f.complaints().stream()
                .mapToInt(Figures::withTarget)
                .filter(n -> n < FEWEST_SHOWN)
                .sum();
        Figures complaintsTotal = f.complaintsTotal().shownPublicly();
        if (hiddenTargets > 0 && hiddenTargets < FEWEST_SHOWN) {
            complaintsTotal = complaintsTotal.withoutShareWithinTarget();
        }
        return new VillageFigures(
                f.villageId(),
                f.months(),
                f.letters().stream().map(Figures::shownPublicly).toList(),
                f.complaints().stream().map(Figures::shownPublicly).toList(),
                f.aspirations().stream().map(Figures::shownPublicly).toList(),
                f.letterTypes().stream()
                        .map(k -> new VillageFigures.Kind(k.code(), k.figures().shownPublicly()))
                        .toList(),
                f.lettersTotal().shownPublicly(),
                complaintsTotal,
                f.aspirationsTotal().shownPublicly());
    }

    VillageFigures compute(long villageId, ZoneId zone, YearMonth now) {
        List<YearMonth> months = lastMonths(now);
        int first = number(months.get(0));
        Set<Integer> all = months.stream().map(VillageMetrics::number).collect(Collectors.toSet());
        List<Fact> letters = store.since(villageId, Workflow.LETTERS, first);
        List<Fact> complaints = store.since(villageId, Workflow.COMPLAINTS, first);
        List<Fact> aspirations = store.since(villageId, Workflow.ASPIRATIONS, first);
        Map<String, List<Fact>> byType = new TreeMap<>();
        for (Fact f : letters) {
            byType.computeIfAbsent(f.kind() == null ? "-" : f.kind(), k -> new ArrayList<>())
                    .add(f);
        }
        List<VillageFigures.Kind> types = new ArrayList<>();
        List<Fact> rare = new ArrayList<>();
        byType.forEach((k, list) -> {
            Figures f = Figures.of(list, zone, all);
            if (f.received() < FEWEST_SHOWN) {
                // A type asked once or twice a year in a small village, with its times, points at a
                // person (a poverty or death certificate): such types are shown together only.
                rare.addAll(list);
            } else if (!f.isEmpty()) {
                types.add(new VillageFigures.Kind(k, f));
            }
        });
        Figures others = Figures.of(rare, zone, all);
        if (!others.isEmpty()) {
            types.add(new VillageFigures.Kind(VillageFigures.Kind.OTHERS, others));
        }
        return new VillageFigures(
                villageId,
                months,
                monthly(letters, zone, months),
                monthly(complaints, zone, months),
                monthly(aspirations, zone, months),
                types,
                Figures.of(letters, zone, all),
                Figures.of(complaints, zone, all),
                Figures.of(aspirations, zone, all));
    }

    private static List<Figures> monthly(List<Fact> facts, ZoneId zone, List<YearMonth> months) {
        return months.stream()
                .map(m -> Figures.of(facts, zone, Set.of(number(m))))
                .toList();
    }

    /** The twelve months up to this one, oldest first. */
    static List<YearMonth> lastMonths(YearMonth now) {
        List<YearMonth> months = new ArrayList<>();
        for (int i = MONTHS - 1; i >= 0; i--) {
            months.add(now.minusMonths(i));
        }
        return months;
    }

    static int number(YearMonth m) {
        return m.getYear() * 100 + m.getMonthValue();
    }
}
