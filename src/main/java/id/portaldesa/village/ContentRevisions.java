package id.portaldesa.village;

import id.portaldesa.shared.events.VillageContentChanged;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The content revision of each village as this node knows it, in memory, so that a page cache can
 * put it in its key at no cost per request. Learnt from {@link VillageContentChanged} after commit
 * (this node at once), from the database the first time a village is asked for, and with every
 * reload of the {@link VillageDirectory} (changes made on other nodes, at most its maximum age
 * later). Revisions only grow, so whatever arrives late or twice never moves one back.
 */
@ApplicationScoped
public class ContentRevisions {

    @PersistenceContext
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final Map<Long, Long> known = new ConcurrentHashMap<>();
    private final AtomicLong changesHeard = new AtomicLong();

    /** The newest revision of the village this node knows; anything rendered from data read later is at least as new. */
    public long of(long villageId) {
        Long revision = known.get(villageId);
        return revision != null ? revision : fromDatabase(villageId);
    }

    /** Every village's revision this node knows (a copy): for caches that fill themselves at once. */
    public Map<Long, Long> known() {
        return Map.copyOf(known);
    }

    /** Reads the revision anew, e.g. for data read right after it that must be tagged with it. */
    public long fromDatabase(long villageId) {
        List<Long> rows = em.createQuery("select v.contentRevision from Village v where v.id = :id", Long.class)
                .setParameter("id", villageId)
                .getResultList();
        long revision = rows.isEmpty() ? 0 : rows.get(0);
        // Inside a transaction the value may be one that is not committed (and may never be): a page
        // stored under it could outlive a rollback. Only committed reads are remembered.
        return outsideTransaction() ? learn(villageId, revision) : revision;
    }

    /**
     * Grows with every change this node hears of, in any village: for pages that show many villages
     * (the platform's directory).
     */
    public long changesHeard() {
        return changesHeard.get();
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) VillageContentChanged event) {
        learn(event.villageId(), event.revision());
        changesHeard.incrementAndGet();
    }

    long learn(long villageId, long revision) {
        return known.merge(villageId, revision, Math::max);
    }

    boolean outsideTransaction() {
        return transactions == null || transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION;
    }
}
