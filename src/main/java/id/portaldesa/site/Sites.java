package id.portaldesa.site;

import id.portaldesa.village.ContentRevisions;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every village's site as an immutable snapshot in memory: public pages (the home page serves
 * thousands of requests a second) read no database. A snapshot is used while it is at least as new
 * as the village's content revision; once the revision has moved on (a change on this node, heard
 * after commit, or on another node, read from the database), the site is read again. So this cache
 * needs no invalidation of its own, and a reading that raced with a change can never hide it.
 */
@ApplicationScoped
public class Sites {

    @PersistenceContext
    EntityManager em;

    @Inject
    ContentRevisions revisions;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final Map<Long, SiteRef> known = new ConcurrentHashMap<>();

    /** The site of any village (what it shows is public). */
    public SiteRef of(long villageId) {
        long revision = revisions.of(villageId);
        SiteRef site = known.get(villageId);
        return site != null && site.revision() >= revision ? site : read(villageId);
    }

    private SiteRef read(long villageId) {
        // The revision first: the row read after it holds every change up to it, as a change and its
        // revision commit together.
        long revision = revisions.fromDatabase(villageId);
        SiteRef fresh = em.createQuery("select s from Site s where s.villageId = :v", Site.class)
                .setParameter("v", villageId)
                .getResultStream()
                .findFirst()
                .map(s -> SiteRef.of(s, revision))
                .orElseGet(() -> SiteRef.empty(villageId, revision));
        // Read inside a transaction, the row may hold a change that is never committed.
        if (transactions == null || transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            known.merge(villageId, fresh, (old, mine) -> mine.revision() >= old.revision() ? mine : old);
        }
        return fresh;
    }
}
