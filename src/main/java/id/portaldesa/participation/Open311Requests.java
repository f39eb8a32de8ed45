package id.portaldesa.participation;

import id.portaldesa.village.CurrentVillage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The village's complaints as Open311 GeoReport v2 service requests. Without the village's API key
 * only the published "problem solved" stories exist (their public text, no address, no position);
 * with it, every confirmed complaint of the village (never a contact). Never another village's:
 * every query is inside the current village. At most {@link #MAX} rows, as the specification says.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Open311Requests {

    public static final int MAX = 1000;
    /** The specification's default window when no dates are given. */
    public static final Duration DEFAULT_SPAN = Duration.ofDays(90);

    @Inject
    CurrentVillage village;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /**
     * The filters of GET requests; {@code ids} overrides all others.
     *
     * @param open {@code null} for both statuses
     */
    public record Query(List<Long> ids, Set<Category> categories, Instant from, Instant until, Boolean open) {}

    public List<Complaint> find(Query q, boolean keyed) {
        StringBuilder jpql =
                new StringBuilder("select e from Complaint e where e.villageId = :v and e.state <> :unconfirmed");
        Map<String, Object> p = new HashMap<>();
        p.put("v", village.id());
        p.put("unconfirmed", ComplaintState.UNCONFIRMED);
        if (!keyed) {
            jpql.append(" and e.storyPublished = true and e.state = :resolved");
            p.put("resolved", ComplaintState.RESOLVED);
        }
        if (q.ids() != null && !q.ids().isEmpty()) {
            jpql.append(" and e.id in :ids");
            p.put("ids", q.ids());
        } else {
            if (q.categories() != null && !q.categories().isEmpty()) {
                jpql.append(" and e.category in :categories");
                p.put("categories", List.copyOf(q.categories()));
            }
            Instant until = q.until();
            Instant from = q.from();
            if (from == null && until == null) {
                from = clock.instant().minus(DEFAULT_SPAN);
            }
            if (from != null) {
                jpql.append(" and e.createdAt >= :from");
                p.put("from", from);
            }
            if (until != null) {
                jpql.append(" and e.createdAt <= :until");
                p.put("until", until);
            }
            if (q.open() != null) {
                jpql.append(q.open() ? " and e.state in :states" : " and e.state not in :states");
                p.put("states", new ArrayList<>(ComplaintState.OPEN));
            }
        }
        jpql.append(" order by e.createdAt desc, e.id desc");
        TypedQuery<Complaint> query = em.createQuery(jpql.toString(), Complaint.class);
        p.forEach(query::setParameter);
        return query.setMaxResults(MAX).getResultList();
    }
}
