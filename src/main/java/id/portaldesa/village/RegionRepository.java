package id.portaldesa.village;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The official region list (read-only, shared by all villages). */
@ApplicationScoped
public class RegionRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<Region> find(String code) {
        return Optional.ofNullable(em.find(Region.class, code));
    }

    public boolean exists(RegionCode code) {
        return find(code.value()).isPresent();
    }

    public long count() {
        return em.createQuery("select count(r) from Region r", Long.class).getSingleResult();
    }

    /** Villages of the official list whose name or code starts with the query, for the onboarding picker. */
    public List<Region> searchVillages(String query, int limit) {
        String q = query == null ? "" : query.trim().toLowerCase(java.util.Locale.ROOT);
        return em.createQuery(
                        "select r from Region r where r.depth = 4 and (lower(r.name) like :q or r.code like :p)"
                                + " order by r.name, r.code",
                        Region.class)
                .setParameter("q", q + "%")
                .setParameter("p", q + "%")
                .setMaxResults(limit)
                .getResultList();
    }

    /** The first villages of the official list that are not on this deployment yet, in code order. */
    public List<Region> villagesNotOnboarded(int count) {
        return em.createQuery(
                        "select r from Region r where r.depth = 4"
                                + " and not exists (select v.id from Village v where v.code = r.code) order by r.code",
                        Region.class)
                .setMaxResults(count)
                .getResultList();
    }
}
