package id.portaldesa.news;

import id.portaldesa.account.AuditTrail;
import id.portaldesa.village.VillageChanges;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * The short transactions of {@link ScheduledPublishing}: which scheduled articles are due, and the
 * claim of one of them by one conditional update ({@code status = SCHEDULED and publish_at <= now}),
 * which only one node or run can make. Each claim has a transaction of its own that announces the
 * change first (locking the village, in the same order as a change by staff), so a run that loses
 * the claim rolls back and announces nothing.
 */
@ApplicationScoped
public class ScheduleClaims {

    /** Articles published in one run at most; the rest wait for the next. */
    static final int BATCH = 200;

    /** A due article: which, and of which village (background work carries the village explicitly). */
    public record Due(long articleId, long villageId) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    VillageChanges changes;

    @Inject
    AuditTrail audit;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Due> due(Instant now) {
        return em.createQuery(
                        "select e.id, e.villageId from Article e"
                                + " where e.status = :scheduled and e.publishAt <= :now order by e.publishAt",
                        Object[].class)
                .setParameter("scheduled", ArticleStatus.SCHEDULED)
                .setParameter("now", now)
                .setMaxResults(BATCH)
                .getResultStream()
                .map(row -> new Due((Long) row[0], (Long) row[1]))
                .toList();
    }

    /**
     * Claims and publishes one article. The date visitors see is the scheduled time (or its first
     * publication, if it was public before).
     *
     * @return whether this call published it (false: another node or run did, or it was withdrawn)
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean publishIfDue(Due due, Instant now) {
        changes.record(due.villageId(), NewsService.FEATURE + ".article");
        int claimed = em.createQuery("update Article e set e.status = :published,"
                        + " e.publishedAt = coalesce(e.publishedAt, e.publishAt), e.publishAt = null,"
                        + " e.updatedAt = :now, e.version = e.version + 1"
                        + " where e.id = :id and e.villageId = :village and e.status = :scheduled"
                        + " and e.publishAt <= :now")
                .setParameter("published", ArticleStatus.PUBLISHED)
                .setParameter("now", now)
                .setParameter("id", due.articleId())
                .setParameter("village", due.villageId())
                .setParameter("scheduled", ArticleStatus.SCHEDULED)
                .executeUpdate();
        if (claimed != 1) {
            // Another run got it (or staff withdrew it): nothing changed, so nothing is announced.
            transactions.setRollbackOnly();
            return false;
        }
        String title = em.createQuery("select e.title from Article e where e.id = :id", String.class)
                .setParameter("id", due.articleId())
                .getSingleResult();
        audit.recordIn(due.villageId(), null, "news.article.published", title, "scheduled");
        return true;
    }
}
