package id.portaldesa.letters;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.YearMonth;

/**
 * References residents quote for their requests, {@code KGK-SKD-2612-0042}: the village's prefix, the
 * letter type's code, the year and month of submission in the village, and a number counted per
 * village and month. The count is taken under a row lock in the caller's transaction, so no two
 * requests get one reference, on one node or many.
 */
@ApplicationScoped
public class References {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public String next(long villageId, String prefix, String typeCode, YearMonth month) {
        String period = String.format("%02d%02d", month.getYear() % 100, month.getMonthValue());
        // One statement creates the month's row or counts on it, under the row's lock, in the caller's
        // transaction. (Creating the row in a transaction of its own waited forever on the lock the
        // caller already held after its first request of the month: the demo villages' start-up.)
        em.createNativeQuery("INSERT INTO letter_reference_counter (village_id, period, last_value)"
                        + " VALUES (?1, ?2, 1) ON DUPLICATE KEY UPDATE last_value = last_value + 1")
                .setParameter(1, villageId)
                .setParameter(2, period)
                .executeUpdate();
        int value = ((Number) em.createNativeQuery(
                                "SELECT last_value FROM letter_reference_counter WHERE village_id = ?1 AND period = ?2")
                        .setParameter(1, villageId)
                        .setParameter(2, period)
                        .getSingleResult())
                .intValue();
        return format(prefix, typeCode, period, value);
    }

    static String format(String prefix, String typeCode, String period, int value) {
        return prefix + "-" + typeCode + "-" + period + "-" + String.format("%04d", value);
    }
}
