package id.portaldesa.shared.seams;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * How much of one kind of public activity villages had in a period, counted by the feature that owns
 * it (news counts its published articles), for the regency dashboard's adoption figures without the
 * dashboard reading another feature's tables. Implement as an {@code @ApplicationScoped} bean.
 */
public interface ActivityCount {

    /** What is counted, stable: {@code news.published}. */
    String key();

    /**
     * The count of each of these villages in {@code [from, to)}; villages with none may be left out.
     * Called with at most a few thousand ids at a time.
     */
    Map<Long, Long> countBetween(Collection<Long> villageIds, Instant from, Instant to);
}
