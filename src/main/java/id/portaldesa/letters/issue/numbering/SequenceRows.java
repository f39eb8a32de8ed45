package id.portaldesa.letters.issue.numbering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Creates sequence rows in a transaction of their own, committed before any signing locks one. */
@ApplicationScoped
public class SequenceRows {

    @PersistenceContext
    EntityManager em;

    /** Creates the row at 0 unless it exists; two nodes creating it at once both succeed (one insert is ignored). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void create(long villageId, int year, String scopeKey) {
        em.createNativeQuery("INSERT IGNORE INTO letter_number_sequence (village_id, sequence_year, scope_key,"
                        + " last_number) VALUES (?1, ?2, ?3, 0)")
                .setParameter(1, villageId)
                .setParameter(2, year)
                .setParameter(3, scopeKey)
                .executeUpdate();
    }
}
