package id.portaldesa.participation;

import id.portaldesa.village.ContentRevisions;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Answers of participation's public reading kept in memory with the village's content revision they
 * were read at, reused while it is current (the news' pattern): every public change records a new
 * revision ({@code VillageChanges}), so nothing is invalidated by hand. Reads inside a transaction
 * are not kept (they may hold what is never committed). Bounded.
 */
@ApplicationScoped
public class KeptByRevision {

    static final int CAPACITY = 8000;

    @Inject
    ContentRevisions revisions;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private record Key(long villageId, String what) {}

    private record Kept(long revision, Object value) {}

    private final Map<Key, Kept> kept = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    public <T> T read(long villageId, String what, Supplier<T> load) {
        long revision = revisions.of(villageId);
        Key key = new Key(villageId, what);
        Kept known = kept.get(key);
        if (known != null && known.revision() >= revision) {
            return (T) known.value();
        }
        T value = load.get();
        if (transactions == null || transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            kept.put(key, new Kept(revision, value));
            if (kept.size() > CAPACITY) {
                trim();
            }
        }
        return value;
    }

    private synchronized void trim() {
        int excess = kept.size() - CAPACITY + CAPACITY / 10;
        Iterator<Key> keys = kept.keySet().iterator();
        while (excess-- > 0 && keys.hasNext()) {
            keys.next();
            keys.remove();
        }
    }
}
