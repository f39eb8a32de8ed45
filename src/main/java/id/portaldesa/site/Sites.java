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
import java.util.concurrent.atomic.AtomicBoolean;

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
    private final AtomicBoolean preloaded = new AtomicBoolean();

    /** The site of any village (what it shows is public). */
    public SiteRef of(long villageId) {
        if (!preloaded.get()) {
            preload();
        }
        long revision = revisions.of(villageId);
        SiteRef site = known.get(villageId);
        return site != null && site.revision() >= revision ? site : read(villageId);
    }

    /**
     * Every village's site in one reading, the first time any is asked for: a directory search lists
     * 200 villages of 83,762, and reading each one's site apart (two queries) made an uncached search
     * cost hundreds of queries. Villages without a site row get the empty site, at the revision known
     * before the rows were read, so a row added later (which bumps the revision) is read then.
     */
    private void preload() {
        if (transactions != null && transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            return;
        }
        Map<Long, Long> revisionsBefore = revisions.known();
        if (revisionsBefore.isEmpty() || !preloaded.compareAndSet(false, true)) {
            return;
        }
        Map<Long, Site> rows = new java.util.HashMap<>();
        for (Site site : em.createQuery("select s from Site s", Site.class).getResultList()) {
            rows.put(site.getVillageId(), site);
        }
        revisionsBefore.forEach((villageId, revision) -> {
            Site row = rows.get(villageId);
            SiteRef fresh = row != null ? SiteRef.of(row, revision) : SiteRef.empty(villageId, revision);
            known.merge(villageId, fresh, (old, mine) -> mine.revision() >= old.revision() ? mine : old);
        });
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
