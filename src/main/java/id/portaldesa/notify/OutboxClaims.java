package id.portaldesa.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Short transactions around delivery, each a conditional update that names the version the sender
 * holds, so two senders (timer runs, cluster nodes) never act on the same message: whoever claimed
 * it first sends it, a sender that lost its claim does nothing. The states and why a message in
 * doubt is not sent again are explained in {@link MailDelivery}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class OutboxClaims {

    /** How long a claim holds: far beyond one SMTP exchange (at most about a minute with its timeouts). */
    static final Duration LEASE = Duration.ofMinutes(10);

    /** What {@code body} holds once the text is gone: the link in it must not outlive its delivery. */
    static final String REMOVED = "";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

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

    /**
     * Claims a message that is due by {@code dueBy}; the lease starts now, when it is claimed, not
     * when the batch began (a long batch must not hand out claims that have already run out).
     *
     * @return the claimed message (its version is the claim), or null when another sender got it first
     */
    public OutboxMessage claim(long id, Instant dueBy) {
        int updated = em.createQuery("update OutboxMessage m set m.status = :sending, m.nextAttemptAt = :lease,"
                        + " m.version = m.version + 1"
                        + " where m.id = :id and m.status = :pending and m.nextAttemptAt <= :due")
                .setParameter("sending", OutboxStatus.SENDING)
                .setParameter("lease", clock.instant().plus(LEASE))
                .setParameter("id", id)
                .setParameter("pending", OutboxStatus.PENDING)
                .setParameter("due", dueBy)
                .executeUpdate();
        return updated == 1 ? em.find(OutboxMessage.class, id) : null;
    }

    /**
     * Records, before the message is handed to SMTP, that from now on its fate may be unknown.
     *
     * @return the version now held, or -1 when the claim was lost (its lease ran out and someone
     *     else took the message): then it must not be sent
     */
    public long submitting(long id, long claimed) {
        int updated = em.createQuery("update OutboxMessage m set m.status = :submitting, m.version = m.version + 1"
                        + " where m.id = :id and m.version = :v and m.status = :sending")
                .setParameter("submitting", OutboxStatus.SUBMITTING)
                .setParameter("id", id)
                .setParameter("v", claimed)
                .setParameter("sending", OutboxStatus.SENDING)
                .executeUpdate();
        return updated == 1 ? claimed + 1 : -1;
    }

    /** The SMTP server accepted the message: the text with its link is removed. */
    public boolean sent(long id, long held) {
        return em.createQuery("update OutboxMessage m set m.status = :sent, m.sentAt = :now, m.body = :removed,"
                                + " m.attempts = m.attempts + 1, m.lastError = null, m.version = m.version + 1"
                                + " where m.id = :id and m.version = :v")
                        .setParameter("sent", OutboxStatus.SENT)
                        .setParameter("now", clock.instant())
                        .setParameter("removed", REMOVED)
                        .setParameter("id", id)
                        .setParameter("v", held)
                        .executeUpdate()
                == 1;
    }

    /**
     * The message certainly did not reach the SMTP server (no connection, or the server refused it):
     * it waits for its next try, or is given up on (and its text removed) after the last one.
     */
    public boolean failed(long id, long held, String error, RetrySchedule schedule) {
        OutboxMessage message = em.find(OutboxMessage.class, id);
        if (message == null || message.getVersion() != held) {
            return false;
        }
        int failures = message.getAttempts() + 1;
        boolean giveUp = schedule.givesUpAfter(failures);
        // Given up: nobody will send this text again, so its link goes. Otherwise it waits, sealed.
        return em.createQuery("update OutboxMessage m set m.status = :status, m.nextAttemptAt = :retry,"
                                + " m.attempts = :attempts, m.lastError = :error, m.body = :body,"
                                + " m.version = m.version + 1 where m.id = :id and m.version = :v")
                        .setParameter("status", giveUp ? OutboxStatus.FAILED : OutboxStatus.PENDING)
                        .setParameter("retry", clock.instant().plus(schedule.delayAfter(failures)))
                        .setParameter("attempts", failures)
                        .setParameter("error", shorten(error))
                        .setParameter("body", giveUp ? REMOVED : message.getSealedBody())
                        .setParameter("id", id)
                        .setParameter("v", held)
                        .executeUpdate()
                == 1;
    }

    /**
     * The connection broke while the server held the message: it may have been delivered, so it is
     * not sent again by itself; its text is removed like a sent one's.
     */
    public boolean uncertain(long id, long held, String error) {
        return em.createQuery("update OutboxMessage m set m.status = :uncertain, m.body = :removed,"
                                + " m.attempts = m.attempts + 1, m.lastError = :error, m.version = m.version + 1"
                                + " where m.id = :id and m.version = :v")
                        .setParameter("uncertain", OutboxStatus.UNCERTAIN)
                        .setParameter("removed", REMOVED)
                        .setParameter("error", shorten(error))
                        .setParameter("id", id)
                        .setParameter("v", held)
                        .executeUpdate()
                == 1;
    }

    /**
     * Ends claims whose lease ran out (the sender died or hangs). A message that was only claimed was
     * certainly not handed to SMTP: it is due again at once. One that was being handed over may have
     * been delivered: it becomes UNCERTAIN and is not sent again.
     *
     * <p>Leases are measured on the clock, whatever moment a run delivers for.
     *
     * @return how many claims were ended
     */
    public int releaseAbandoned() {
        Instant now = clock.instant();
        int released = em.createQuery("update OutboxMessage m set m.status = :pending, m.version = m.version + 1"
                        + " where m.status = :sending and m.nextAttemptAt < :now")
                .setParameter("pending", OutboxStatus.PENDING)
                .setParameter("sending", OutboxStatus.SENDING)
                .setParameter("now", now)
                .executeUpdate();
        int inDoubt = em.createQuery("update OutboxMessage m set m.status = :uncertain, m.body = :removed,"
                        + " m.attempts = m.attempts + 1, m.lastError = :error, m.version = m.version + 1"
                        + " where m.status = :submitting and m.nextAttemptAt < :now")
                .setParameter("uncertain", OutboxStatus.UNCERTAIN)
                .setParameter("removed", REMOVED)
                .setParameter("error", "sender stopped while handing the message to SMTP")
                .setParameter("submitting", OutboxStatus.SUBMITTING)
                .setParameter("now", now)
                .executeUpdate();
        return released + inDoubt;
    }

    private static String shorten(String error) {
        return error == null ? null : error.substring(0, Math.min(500, error.length()));
    }
}
