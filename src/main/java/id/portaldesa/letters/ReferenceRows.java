package id.portaldesa.letters;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Creates a month's reference counter in a transaction of its own (see {@link References}). */
@ApplicationScoped
public class ReferenceRows {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void create(long villageId, String period) {
        em.createNativeQuery("INSERT IGNORE INTO letter_reference_counter (village_id, period, last_value)"
                        + " VALUES (?1, ?2, 0)")
                .setParameter(1, villageId)
                .setParameter(2, period)
                .executeUpdate();
    }
}
