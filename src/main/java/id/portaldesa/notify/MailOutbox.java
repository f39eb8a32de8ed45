package id.portaldesa.notify;

import id.portaldesa.shared.crypto.PersonalDataCipher;
import id.portaldesa.shared.mail.OutgoingMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** Stores mail requested by any feature, in the requesting transaction. */
@ApplicationScoped
public class MailOutbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PersonalDataCipher cipher;

    /** Marks bodies sealed with the data key; rows written before carry plain text. */
    static final String SEALED = "sealed:";

    @Transactional(Transactional.TxType.MANDATORY)
    void store(@Observes OutgoingMail mail) {
        // Mails carry one-time links: sealed with the data key (kept apart from the database and its
        // backups), so no copy of the database lets anyone use a pending link.
        em.persist(new OutboxMessage(
                mail.villageId(),
                mail.recipient(),
                mail.subject(),
                SEALED + cipher.encrypt(OutboxMessage.bodyAt(mail.villageId(), mail.recipient()), mail.body()),
                clock.instant()));
    }

    /**
     * The text of a message, for sending it (and for the outbox page of the demo run without SMTP);
     * empty once the message was sent or given up on, when the text and its link were removed.
     */
    public String bodyOf(OutboxMessage message) {
        String stored = message.getSealedBody();
        return stored.startsWith(SEALED) ? cipher.decrypt(message.bodyAt(), stored.substring(SEALED.length())) : stored;
    }

    /** The newest messages first, for the platform admin's outbox page. */
    public List<OutboxMessage> latest(int limit) {
        return em.createQuery("select m from OutboxMessage m order by m.id desc", OutboxMessage.class)
                .setMaxResults(limit)
                .getResultList();
    }

    public List<OutboxMessage> to(String recipient) {
        return em.createQuery("select m from OutboxMessage m where m.recipient = :r order by m.id", OutboxMessage.class)
                .setParameter("r", recipient)
                .getResultList();
    }
}
