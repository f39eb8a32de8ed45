package id.portaldesa.letters.issue.numbering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The running numbers of letters: unique and without gaps, on one node or many. The next number is
 * taken under a lock on the sequence's row, held by the signing transaction until it ends: a second
 * signing at the same moment waits for the first to commit and takes the number after it; a signing
 * that rolls back leaves the row as it was, so its number goes to the next letter.
 */
@ApplicationScoped
public class NumberSequences {

    @PersistenceContext
    EntityManager em;

    @Inject
    SequenceRows rows;

    /**
     * The next number of a village's sequence for a year and scope key ({@link SequenceScope#keyFor}),
     * in the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int next(long villageId, int year, String scopeKey) {
        // A locking read of a missing row would hold a gap lock that the row's own creation (another
        // transaction) then waits for: so the row is made sure of first, seen without locking.
        if (!exists(villageId, year, scopeKey)) {
            rows.create(villageId, year, scopeKey);
        }
        // A locking read is also a current read: it sees the row committed just above by another
        // transaction, which a plain SELECT (a REPEATABLE READ snapshot taken at this transaction's first
        // read) would not (seen in a run with the lock removed: "was not created").
        List<?> locked = em.createNativeQuery("SELECT last_number FROM letter_number_sequence"
                        + " WHERE village_id = ?1 AND sequence_year = ?2 AND scope_key = ?3 FOR UPDATE")
                .setParameter(1, villageId)
                .setParameter(2, year)
                .setParameter(3, scopeKey)
                .getResultList();
        if (locked.isEmpty()) {
            throw new IllegalStateException(
                    "The letter number sequence of village " + villageId + ", " + year + " was not created");
        }
        int next = ((Number) locked.get(0)).intValue() + 1;
        em.createNativeQuery("UPDATE letter_number_sequence SET last_number = ?4"
                        + " WHERE village_id = ?1 AND sequence_year = ?2 AND scope_key = ?3")
                .setParameter(1, villageId)
                .setParameter(2, year)
                .setParameter(3, scopeKey)
                .setParameter(4, next)
                .executeUpdate();
        return next;
    }

    /** The last number given in a sequence, 0 when none yet (as committed and seen by this transaction). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public int last(long villageId, int year, String scopeKey) {
        List<?> found = em.createNativeQuery("SELECT last_number FROM letter_number_sequence"
                        + " WHERE village_id = ?1 AND sequence_year = ?2 AND scope_key = ?3")
                .setParameter(1, villageId)
                .setParameter(2, year)
                .setParameter(3, scopeKey)
                .getResultList();
        return found.isEmpty() ? 0 : ((Number) found.get(0)).intValue();
    }

    private boolean exists(long villageId, int year, String scopeKey) {
        return !em.createNativeQuery("SELECT 1 FROM letter_number_sequence"
                        + " WHERE village_id = ?1 AND sequence_year = ?2 AND scope_key = ?3")
                .setParameter(1, villageId)
                .setParameter(2, year)
                .setParameter(3, scopeKey)
                .getResultList()
                .isEmpty();
    }
}
