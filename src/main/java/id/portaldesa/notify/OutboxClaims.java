package id.portaldesa.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Short transactions around delivery. A message is claimed by a conditional update before it is
 * sent, so two senders (timer runs, cluster nodes) never send the same message; a claim that was
 * never finished (node died mid-send) is released after {@link #LEASE}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class OutboxClaims {

    static final Duration LEASE = Duration.ofMinutes(10);

    @PersistenceContext
    EntityManager em;

    public List<Long> due(Instant now, int limit) {
        return em.createQuery(
                        "select m.id from OutboxMessage m where m.status = :s and m.nextAttemptAt <= :now"
                                + " order by m.nextAttemptAt",
                        Long.class)
                .setParameter("s", OutboxStatus.PENDING)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    /** @return the claimed message, or null when another sender got it first */
    public OutboxMessage claim(long id, Instant now) {
        int updated = em.createQuery("update OutboxMessage m set m.status = :sending, m.nextAttemptAt = :lease,"
                        + " m.version = m.version + 1 where m.id = :id and m.status = :pending")
                .setParameter("sending", OutboxStatus.SENDING)
                .setParameter("lease", now.plus(LEASE))
                .setParameter("id", id)
                .setParameter("pending", OutboxStatus.PENDING)
                .executeUpdate();
        return updated == 1 ? em.find(OutboxMessage.class, id) : null;
    }

    public void sent(long id, Instant now) {
        em.find(OutboxMessage.class, id).sent(now);
    }

    public void failed(long id, String error, Instant now, RetrySchedule schedule) {
        OutboxMessage message = em.find(OutboxMessage.class, id);
        int failures = message.getAttempts() + 1;
        message.failed(error, now.plus(schedule.delayAfter(failures)), schedule.givesUpAfter(failures));
    }

    public int releaseAbandoned(Instant now) {
        return em.createQuery("update OutboxMessage m set m.status = :pending, m.version = m.version + 1"
                        + " where m.status = :sending and m.nextAttemptAt < :now")
                .setParameter("pending", OutboxStatus.PENDING)
                .setParameter("sending", OutboxStatus.SENDING)
                .setParameter("now", now)
                .executeUpdate();
    }
}
