package id.portaldesa.notify;

import id.portaldesa.shared.privacy.DataSubject;
import id.portaldesa.shared.privacy.PersonalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the person was told on their own pages, in every village; erased with the account. */
@ApplicationScoped
public class NotificationPersonalData implements PersonalDataSource {

    @PersistenceContext
    EntityManager em;

    @Override
    public String section() {
        return "notifications";
    }

    @Override
    public Object export(DataSubject subject) {
        var rows = em.createQuery(
                        "select n from Notification n where n.accountId = :a order by n.id", Notification.class)
                .setParameter("a", subject.accountId())
                .getResultStream()
                .map(n -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("village", n.getVillageId());
                    row.put("message", n.getMessageKey());
                    row.put("arguments", n.getArguments());
                    row.put("createdAt", n.getCreatedAt());
                    row.put("readAt", n.getReadAt());
                    return row;
                })
                .toList();
        return rows.isEmpty() ? null : rows;
    }

    @Override
    public void erase(DataSubject subject) {
        em.createQuery("delete from Notification n where n.accountId = :a")
                .setParameter("a", subject.accountId())
                .executeUpdate();
    }
}
