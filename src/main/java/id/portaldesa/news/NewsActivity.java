package id.portaldesa.news;

import id.portaldesa.shared.seams.ActivityCount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Articles published per village in a period, for the regency dashboard (the ActivityCount seam). */
@ApplicationScoped
public class NewsActivity implements ActivityCount {

    public static final String KEY = "news.published";

    @PersistenceContext
    EntityManager em;

    @Override
    public String key() {
        return KEY;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Long> countBetween(Collection<Long> villageIds, Instant from, Instant to) {
        Map<Long, Long> counts = new HashMap<>();
        List<Long> ids = new ArrayList<>(villageIds);
        for (int start = 0; start < ids.size(); start += 500) {
            List<Long> chunk = ids.subList(start, Math.min(ids.size(), start + 500));
            Query q = em.createNativeQuery("SELECT village_id, COUNT(*) FROM news_article WHERE status = 'PUBLISHED'"
                    + " AND published_at >= ?1 AND published_at < ?2 AND village_id IN ("
                    // Numbered like ?1 and ?2: H2 numbers bare ? from 1 again and mixes them up with those.
                    + java.util.stream.IntStream.range(0, chunk.size())
                            .mapToObj(i -> "?" + (i + 3))
                            .collect(java.util.stream.Collectors.joining(", "))
                    + ") GROUP BY village_id");
            q.setParameter(1, Timestamp.from(from)).setParameter(2, Timestamp.from(to));
            for (int i = 0; i < chunk.size(); i++) {
                q.setParameter(i + 3, chunk.get(i));
            }
            for (Object o : q.getResultList()) {
                Object[] r = (Object[]) o;
                counts.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
            }
        }
        return counts;
    }
}
