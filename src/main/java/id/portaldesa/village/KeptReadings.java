package id.portaldesa.village;

import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Readings of a village's public data, each under a name of its own ({@code "page:2"}, {@code
 * "search:kopi"}), kept with the village's content revision they were read at and reused while it
 * is current: every public change records a new revision ({@link VillageChanges}), so nothing is
 * invalidated by hand. Readings inside a transaction are used but never kept (they may hold a change
 * that is rolled back). Bounded: a tenth is dropped when full. {@link SnapshotCache} keeps one
 * reading a village; this one many.
 */
public final class KeptReadings {

    private record Key(long villageId, String what) {}

    private record Kept(long revision, Object value) {}

    private final Map<Key, Kept> kept = new ConcurrentHashMap<>();
    private final int capacity;

    public KeptReadings(int capacity) {
        this.capacity = capacity;
    }

    /** The reading {@code what} of the village: kept when current, else read by {@code load}. */
    @SuppressWarnings("unchecked")
    public <T> T read(
            long villageId,
            String what,
            ContentRevisions revisions,
            TransactionSynchronizationRegistry transactions,
            Supplier<T> load) {
        // The revision before the data: what is read after it is at least that new.
        long revision = revisions.of(villageId);
        Key key = new Key(villageId, what);
        Kept known = kept.get(key);
        if (known != null && known.revision() >= revision) {
            return (T) known.value();
        }
        T value = load.get();
        if (transactions == null || transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            kept.put(key, new Kept(revision, value));
            if (kept.size() > capacity) {
                trim();
            }
        }
        return value;
    }

    /** How many readings are kept for a village (tests). */
    public int keptFor(long villageId) {
        return (int)
                kept.keySet().stream().filter(k -> k.villageId() == villageId).count();
    }

    private synchronized void trim() {
        int excess = kept.size() - capacity + capacity / 10;
        Iterator<Key> keys = kept.keySet().iterator();
        while (excess-- > 0 && keys.hasNext()) {
            keys.next();
            keys.remove();
        }
    }
}
