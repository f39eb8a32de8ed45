package id.portaldesa.shared.seams;

import java.time.Instant;
import java.util.List;

/**
 * A clean-up a feature runs village by village every hour on every node ({@link
 * HousekeepingScheduler}): letters delete scans past their retention, participation deletes guest
 * complaints never confirmed. Each call runs in its own transaction; a run that fails for one village
 * is retried by the next. Implementations make a second node's run of the same work harmless.
 */
public interface VillageHousekeeping {

    /** What it cleans, for the log. */
    String name();

    /** The villages that have something to clean at {@code now}. */
    List<Long> villagesToLookAt(Instant now);

    /**
     * Cleans one village (a batch of it; the rest waits for the next run).
     *
     * @return how many records it cleaned
     */
    int clean(long villageId, Instant now);
}
