package id.portaldesa.village;

import id.portaldesa.shared.security.RegionScope;
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

    /** Villages of the official list inside the scope (by name or code), for a regency admin's picker. */
    public List<Region> searchVillages(String query, int limit, RegionScope scope) {
        if (scope.isEmpty()) {
            return List.of();
        }
        String q = query == null ? "" : query.trim().toLowerCase(java.util.Locale.ROOT);
        var jpql = "select r from Region r where r.depth = 4 and (lower(r.name) like :q or r.code like :p)"
                + VillageService.regionFilter(scope, "r").replace(" where ", " and ")
                + " order by r.name, r.code";
        var typed =
                em.createQuery(jpql, Region.class).setParameter("q", q + "%").setParameter("p", q + "%");
        VillageService.bindRegions(typed, scope);
        return typed.setMaxResults(limit).getResultList();
    }

    /** Provinces and regencies whose name or code starts with the query, for granting regency roles. */
    public List<Region> searchRegencies(String query, int limit) {
        String q = query == null ? "" : query.trim().toLowerCase(java.util.Locale.ROOT);
        return em.createQuery(
                        "select r from Region r where r.depth <= 2 and (lower(r.name) like :q or r.code like :p)"
                                + " order by r.depth, r.name",
                        Region.class)
                .setParameter("q", "%" + q + "%")
                .setParameter("p", q + "%")
                .setMaxResults(limit)
                .getResultList();
    }

    /** The first villages inside a region that are not on this deployment yet, in code order (tests). */
    public List<Region> villagesNotOnboardedIn(String regionCode, int count) {
        return em.createQuery(
                        "select r from Region r where r.depth = 4 and r.code like :p"
                                + " and not exists (select v.id from Village v where v.code = r.code) order by r.code",
                        Region.class)
                .setParameter("p", regionCode + ".%")
                .setMaxResults(count)
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
