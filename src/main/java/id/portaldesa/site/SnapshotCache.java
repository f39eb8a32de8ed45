package id.portaldesa.site;

import id.portaldesa.village.ContentRevisions;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;

/**
 * Per-village snapshots that public pages read from memory, like {@link Sites}: a snapshot is used
 * while it is at least as new as the village's content revision (so a change is seen at once, with
 * nobody invalidating anything) and, for data another feature changes without announcing it (an
 * official's account name), at most {@code maxAge} old. Readings inside a transaction are used but
 * never kept: they may hold a change that is rolled back.
 */
public final class SnapshotCache<T> {

    private record Entry<T>(long revision, Instant readAt, T value) {}

    private final Map<Long, Entry<T>> entries = new ConcurrentHashMap<>();
    private final int capacity;
    private final Duration maxAge;
    private final Clock clock;

    public SnapshotCache(int capacity, Duration maxAge, Clock clock) {
        this.capacity = capacity;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    /**
     * The village's snapshot: kept when current, else read by {@code loader}, after the revision
     * (the data read after it holds every change up to it).
     */
    public T get(
            long villageId,
            ContentRevisions revisions,
            TransactionSynchronizationRegistry transactions,
            LongFunction<T> loader) {
        Entry<T> kept = entries.get(villageId);
        Instant now = clock.instant();
        if (kept != null
                && kept.revision() >= revisions.of(villageId)
                && kept.readAt().plus(maxAge).isAfter(now)) {
            return kept.value();
        }
        long revision = revisions.fromDatabase(villageId);
        T value = loader.apply(villageId);
        if (transactions == null || transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            if (entries.size() >= capacity) {
                // Rarely reached (the busiest villages come back at once); simpler than an LRU.
                entries.clear();
            }
            entries.merge(
                    villageId,
                    new Entry<>(revision, now, value),
                    (old, mine) -> mine.revision() >= old.revision() ? mine : old);
        }
        return value;
    }

    int size() {
        return entries.size();
    }
}
