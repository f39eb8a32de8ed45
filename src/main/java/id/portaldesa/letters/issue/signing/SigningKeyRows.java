package id.portaldesa.letters.issue.signing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The stored keys: the authority's row (id 1) and the villages' keys by generation. New rows are
 * inserted in a transaction of their own with {@code INSERT IGNORE}, so two nodes creating the same
 * key at once both succeed and both then read the one row that won.
 */
@ApplicationScoped
public class SigningKeyRows {

    /** A stored key: certificate (DER, base64) and the sealed private key. */
    public record Row(int generation, String certificate, String sealedKey, Instant notAfter) {}

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void insertAuthority(String certificate, String sealedKey, Instant now) {
        em.createNativeQuery("INSERT IGNORE INTO signing_authority (id, certificate, private_key_sealed, created_at)"
                        + " VALUES (1, ?1, ?2, ?3)")
                .setParameter(1, certificate)
                .setParameter(2, sealedKey)
                .setParameter(3, Timestamp.from(now))
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Row> authority() {
        List<?> rows = em.createNativeQuery(
                        "SELECT certificate, private_key_sealed FROM signing_authority WHERE id = 1")
                .getResultList();
        return rows.stream().findFirst().map(r -> {
            Object[] row = (Object[]) r;
            return new Row(0, (String) row[0], (String) row[1], null);
        });
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void insertVillageKey(
            long villageId, int generation, String certificate, String sealedKey, Instant now, Instant notAfter) {
        em.createNativeQuery("INSERT IGNORE INTO village_signing_key (village_id, generation, certificate,"
                        + " private_key_sealed, created_at, not_after) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, villageId)
                .setParameter(2, generation)
                .setParameter(3, certificate)
                .setParameter(4, sealedKey)
                .setParameter(5, Timestamp.from(now))
                .setParameter(6, Timestamp.from(notAfter))
                .executeUpdate();
    }

    /** The village's newest key, as committed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Row> newestVillageKey(long villageId) {
        List<?> rows = em.createNativeQuery("SELECT generation, certificate, private_key_sealed, not_after"
                        + " FROM village_signing_key WHERE village_id = ?1 ORDER BY generation DESC")
                .setParameter(1, villageId)
                .setMaxResults(1)
                .getResultList();
        return rows.stream().findFirst().map(r -> {
            Object[] row = (Object[]) r;
            return new Row(((Number) row[0]).intValue(), (String) row[1], (String) row[2], instant(row[3]));
        });
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.LocalDateTime l) {
            return Timestamp.valueOf(l).toInstant();
        }
        throw new IllegalStateException("Unexpected date " + value);
    }
}
