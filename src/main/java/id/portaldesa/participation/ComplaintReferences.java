package id.portaldesa.participation;

import id.portaldesa.shared.VillagePrefixes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.YearMonth;

/**
 * Short references of complaints that can be read out over the phone, {@code KGK-P-2612-0042}: the
 * village's three letters, P for pengaduan, year and month in the village, and a number counted per
 * village and month under the counter row's lock in the caller's transaction (no two complaints get
 * one, on one node or many). A reference opens nothing by itself: the status page needs the token.
 */
@ApplicationScoped
public class ComplaintReferences {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public String next(long villageId, String villageName, YearMonth month) {
        String period = period(month);
        em.createNativeQuery("INSERT INTO complaint_reference_counter (village_id, period, last_value)"
                        + " VALUES (?1, ?2, 1) ON DUPLICATE KEY UPDATE last_value = last_value + 1")
                .setParameter(1, villageId)
                .setParameter(2, period)
                .executeUpdate();
        int value = ((Number) em.createNativeQuery(
                                "SELECT last_value FROM complaint_reference_counter WHERE village_id = ?1 AND period = ?2")
                        .setParameter(1, villageId)
                        .setParameter(2, period)
                        .getSingleResult())
                .intValue();
        return format(prefixOf(villageName), period, value);
    }

    static String period(YearMonth month) {
        return String.format("%02d%02d", month.getYear() % 100, month.getMonthValue());
    }

    static String format(String prefix, String period, int value) {
        return prefix + "-P-" + period + "-" + String.format("%04d", value);
    }

    /** The village's three letters, the same as its letters' references ({@link VillagePrefixes}). */
    static String prefixOf(String villageName) {
        return VillagePrefixes.of(villageName);
    }
}
