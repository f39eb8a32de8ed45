package id.portaldesa.notify;

import id.portaldesa.shared.privacy.DataSubject;
import id.portaldesa.shared.privacy.PersonalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Mail sent to the person's address. The export lists subjects and dates but no bodies: bodies hold
 * one-time links, which are secrets and not data about the person. Erasure deletes the messages.
 */
@ApplicationScoped
public class OutboxPersonalData implements PersonalDataSource {

    @PersistenceContext
    EntityManager em;

    @Override
    public String section() {
        return "mail";
    }

    @Override
    public Object export(DataSubject subject) {
        return em.createQuery("select m from OutboxMessage m where m.recipient = :r order by m.id", OutboxMessage.class)
                .setParameter("r", subject.email())
                .getResultStream()
                .map(m -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("to", m.getRecipient());
                    row.put("subject", m.getSubject());
                    row.put("createdAt", m.getCreatedAt());
                    row.put("status", m.getStatus().name());
                    return row;
                })
                .toList();
    }

    @Override
    public void erase(DataSubject subject) {
        em.createQuery("delete from OutboxMessage m where m.recipient = :r")
                .setParameter("r", subject.email())
                .executeUpdate();
    }
}
