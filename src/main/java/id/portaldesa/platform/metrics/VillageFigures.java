package id.portaldesa.platform.metrics;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;

/**
 * A village's public service figures over its last twelve months (its own months, in its time zone),
 * oldest month first: nothing personal, counts and durations only. Immutable, kept in memory.
 *
 * @param months the twelve months, the current one last
 * @param letters per month
 * @param letterTypes pooled over the twelve months, by letter type code
 * @param lettersTotal pooled over the twelve months
 */
public record VillageFigures(
        long villageId,
        List<YearMonth> months,
        List<Figures> letters,
        List<Figures> complaints,
        List<Figures> aspirations,
        List<Kind> letterTypes,
        Figures lettersTotal,
        Figures complaintsTotal,
        Figures aspirationsTotal)
        implements Serializable {

    /**
     * The figures of one kind (a letter type's code) over the period; {@link #OTHERS} pools the types
     * with fewer than {@link VillageMetrics#FEWEST_SHOWN} requests.
     */
    public record Kind(String code, Figures figures) implements Serializable {

        public static final String OTHERS = "*";

        public boolean isOthers() {
            return OTHERS.equals(code);
        }
    }

    public VillageFigures {
        months = List.copyOf(months);
        letters = List.copyOf(letters);
        complaints = List.copyOf(complaints);
        aspirations = List.copyOf(aspirations);
        letterTypes = List.copyOf(letterTypes);
    }

    /** Some duration or share is withheld (fewer than {@link VillageMetrics#FEWEST_SHOWN} items). */
    public boolean withholds() {
        return java.util.stream.Stream.of(letters, complaints, aspirations)
                        .flatMap(List::stream)
                        .anyMatch(Figures::withheld)
                || letterTypes.stream().anyMatch(k -> k.figures().withheld())
                || lettersTotal.withheld()
                || complaintsTotal.withheld()
                || aspirationsTotal.withheld();
    }

    public boolean isEmpty() {
        return lettersTotal.isEmpty() && complaintsTotal.isEmpty() && aspirationsTotal.isEmpty();
    }
}
