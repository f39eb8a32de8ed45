package id.portaldesa.it.container;

import id.portaldesa.notify.MailDelivery;
import id.portaldesa.notify.MailOutbox;
import id.portaldesa.notify.OutboxClaims;
import id.portaldesa.notify.OutboxMessage;
import id.portaldesa.shared.mail.OutgoingMail;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;

/**
 * Delivery situations a test cannot wait for: messages the suite's own timer leaves alone (due only
 * tomorrow), senders racing for them, and claims left behind by a sender that died.
 */
@ApplicationScoped
public class MailScenarios {

    /** How far ahead the scenario's messages are due: beyond anything the suite's timer delivers. */
    static final Duration AHEAD = Duration.ofDays(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<OutgoingMail> mail;

    @Inject
    MailOutbox outbox;

    @Inject
    OutboxClaims claims;

    @Inject
    MailDelivery delivery;

    @Inject
    Clock clock;

    @Resource
    ManagedExecutorService executor;

    /** Mails to these addresses, stored as any feature stores them, but due only tomorrow. */
    @Transactional
    public List<Long> store(List<String> recipients) {
        List<Long> ids = new ArrayList<>();
        for (String recipient : recipients) {
            mail.fire(new OutgoingMail(
                    null, recipient, "Uji kirim", "Tautan: http://127.0.0.1/konfirmasi?token=" + recipient.hashCode()));
        }
        em.flush();
        for (String recipient : recipients) {
            long id = outbox.to(recipient).get(0).getId();
            em.createQuery("update OutboxMessage m set m.nextAttemptAt = :later where m.id = :id")
                    .setParameter("later", clock.instant().plus(AHEAD))
                    .setParameter("id", id)
                    .executeUpdate();
            ids.add(id);
        }
        return ids;
    }

    /** How many senders claimed a message when each tried at once, and how long the winner's lease runs. */
    public record Claims(int won, long leaseSeconds) {}

    /**
     * Each sender claims the message at once, for a run that delivers what is due by tomorrow: the
     * lease must still start now, when the message is claimed.
     */
    public Claims claimAtOnce(long id, int senders) throws Exception {
        CyclicBarrier start = new CyclicBarrier(senders);
        List<Future<OutboxMessage>> tries = new ArrayList<>();
        for (int i = 0; i < senders; i++) {
            tries.add(executor.submit(() -> {
                start.await();
                return claims.claim(id, later());
            }));
        }
        int won = 0;
        long lease = -1;
        for (Future<OutboxMessage> t : tries) {
            OutboxMessage claimed = t.get();
            if (claimed != null) {
                won++;
                lease = Duration.between(clock.instant(), claimed.getNextAttemptAt())
                        .toSeconds();
            }
        }
        return new Claims(won, lease);
    }

    /** Runs this many delivery runs at the same moment, each for everything due by tomorrow. */
    public int deliverAtOnce(int senders) throws Exception {
        CyclicBarrier start = new CyclicBarrier(senders);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < senders; i++) {
            runs.add(executor.submit(() -> {
                start.await();
                return delivery.deliverDue(later());
            }));
        }
        int delivered = 0;
        for (Future<Integer> run : runs) {
            delivered += run.get();
        }
        return delivered;
    }

    /**
     * A sender that died holding this message: claimed (and, if {@code handedOver}, marked as being
     * handed to SMTP), its lease since run out.
     */
    @Transactional
    public void abandon(long id, boolean handedOver) {
        OutboxMessage claimed = claims.claim(id, later());
        if (claimed == null) {
            throw new IllegalStateException("message " + id + " could not be claimed");
        }
        if (handedOver && claims.submitting(id, claimed.getVersion()) < 0) {
            throw new IllegalStateException("message " + id + " could not be marked as handed over");
        }
        expireLease(id);
    }

    private void expireLease(long id) {
        em.createQuery("update OutboxMessage m set m.nextAttemptAt = :past where m.id = :id")
                .setParameter("past", clock.instant().minus(Duration.ofMinutes(1)))
                .setParameter("id", id)
                .executeUpdate();
    }

    /** Another sender's ordinary run, now. */
    public int deliverNow() {
        return delivery.deliverDue(clock.instant());
    }

    private Instant later() {
        return clock.instant().plus(AHEAD).plus(Duration.ofMinutes(1));
    }
}
