package id.portaldesa.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the regency dashboard may know of accounts: when each last logged in (recorded on every
 * successful login), which villages have an admin who logged in lately, and how many residents
 * villages have registered and confirmed. Counts only, never who.
 */
@ApplicationScoped
public class AccountActivity {

    /** Residents of a village: registered, and confirmed by the office. */
    public record Residents(long registered, long confirmed) {}

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    Clock clock;

    /** Records a successful login, in a transaction of its own (the login itself writes nothing). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void loggedIn(long accountId) {
        em.createNativeQuery("UPDATE account SET last_login_at = ?1 WHERE id = ?2")
                .setParameter(1, Timestamp.from(clock.instant()))
                .setParameter(2, accountId)
                .executeUpdate();
    }

    /** Of these villages, those with a village admin (membership not revoked) who logged in since. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<Long> withAdminActiveSince(Collection<Long> villageIds, Instant since) {
        Set<Long> active = new HashSet<>();
        for (List<Long> chunk : chunks(villageIds)) {
            Query q = em.createNativeQuery("SELECT DISTINCT m.village_id FROM membership m JOIN account a"
                    + " ON a.id = m.account_id WHERE m.role = 'VILLAGE_ADMIN' AND m.revoked_at IS NULL"
                    + " AND a.last_login_at >= ?1 AND m.village_id IN (" + marks(chunk.size(), 2) + ")");
            q.setParameter(1, Timestamp.from(since));
            bind(q, chunk, 2);
            for (Object o : q.getResultList()) {
                active.add(((Number) o).longValue());
            }
        }
        return active;
    }

    /** Registered and confirmed residents of each of these villages (villages with none left out). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Residents> residents(Collection<Long> villageIds) {
        Map<Long, Residents> counts = new HashMap<>();
        for (List<Long> chunk : chunks(villageIds)) {
            Query q = em.createNativeQuery("SELECT village_id, COUNT(*), COUNT(confirmed_at) FROM resident"
                    + " WHERE village_id IN (" + marks(chunk.size(), 1) + ") GROUP BY village_id");
            bind(q, chunk, 1);
            for (Object o : q.getResultList()) {
                Object[] r = (Object[]) o;
                counts.put(
                        ((Number) r[0]).longValue(),
                        new Residents(((Number) r[1]).longValue(), ((Number) r[2]).longValue()));
            }
        }
        return counts;
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 500) {
            chunks.add(all.subList(i, Math.min(all.size(), i + 500)));
        }
        return chunks;
    }

    private static String marks(int n, int first) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(i == 0 ? "" : ", ").append('?').append(first + i);
        }
        return s.toString();
    }

    private static void bind(Query q, List<Long> values, int first) {
        for (int i = 0; i < values.size(); i++) {
            q.setParameter(first + i, values.get(i));
        }
    }
}
