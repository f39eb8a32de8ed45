package id.portaldesa.village;

import id.portaldesa.shared.paging.PageRequest;
import id.portaldesa.shared.paging.Slice;
import id.portaldesa.shared.paging.Sorting;
import id.portaldesa.shared.security.RegionScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The official region list (read-only, shared by all villages). */
@ApplicationScoped
public class RegionRepository {

    /** Sort keys of {@link #officialVillages} (the properties of {@link OfficialVillage}) and their columns. */
    static final Sorting OFFICIAL_VILLAGE_SORTING = new Sorting(
            Map.of(
                    "name", "r.name",
                    "code", "r.code",
                    "districtName", "r.district_name",
                    "regencyName", "r.regency_name",
                    "status", "r.village_status"),
            "r.code");

    /**
     * The village rows of the list carry their district's and regency's names and their status here
     * (V14), each sort key with an index: a page is read from the region table alone, in index order,
     * with no join that would make the database sort all 83,762 rows first.
     */
    private static final String OFFICIAL_VILLAGES = " from region r where r.depth = 4";

    private static final String OFFICIAL_VILLAGES_SEARCH = " and (lower(r.name) like ?1 or r.code like ?2"
            + " or lower(r.district_name) like ?1 or lower(r.regency_name) like ?1)";

    @PersistenceContext
    EntityManager em;

    @Inject
    OfficialList list;

    public Optional<Region> find(String code) {
        list.awaitRegion(code);
        return Optional.ofNullable(em.find(Region.class, code));
    }

    public boolean exists(RegionCode code) {
        return find(code.value()).isPresent();
    }

    public long count() {
        list.awaitWhole();
        return em.createQuery("select count(r) from Region r", Long.class).getSingleResult();
    }

    /** Villages of the official list whose name or code starts with the query, for the onboarding picker. */
    public List<Region> searchVillages(String query, int limit) {
        list.awaitWhole();
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
        list.awaitWhole();
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
        list.awaitWhole();
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

    /** Provinces, regencies and districts whose name or code starts with the query, for onboarding a whole region. */
    public List<Region> searchAreas(String query, int limit) {
        list.awaitWhole();
        String q = query == null ? "" : query.trim().toLowerCase(java.util.Locale.ROOT);
        return em.createQuery(
                        "select r from Region r where r.depth <= 3 and (lower(r.name) like :q or r.code like :p)"
                                + " order by r.depth, r.name, r.code",
                        Region.class)
                .setParameter("q", q + "%")
                .setParameter("p", q + "%")
                .setMaxResults(limit)
                .getResultList();
    }

    /** The first villages inside a region that are not on this deployment yet, in code order (tests). */
    public List<Region> villagesNotOnboardedIn(String regionCode, int count) {
        list.awaitWhole();
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
        list.awaitWhole();
        return em.createQuery(
                        "select r from Region r where r.depth = 4"
                                + " and not exists (select v.id from Village v where v.code = r.code) order by r.code",
                        Region.class)
                .setMaxResults(count)
                .getResultList();
    }

    /**
     * One page of the whole official list of villages (83,762 rows), onboarded or not, sorted and
     * counted in the database. The search text matches the village, district or regency name
     * anywhere, or the start of the code.
     */
    public Slice<OfficialVillage> officialVillages(PageRequest request, RegionScope scope) {
        list.awaitWhole();
        if (scope.isEmpty()) {
            return new Slice<>(List.of(), 0, request);
        }
        List<String> regionsOfScope = scope.everywhere() ? List.of() : List.copyOf(scope.regions());
        StringBuilder inScope = new StringBuilder();
        for (int i = 0; i < regionsOfScope.size(); i++) {
            inScope.append(i == 0 ? " and (" : " or ").append("r.code like ?").append(i + 3);
        }
        if (!regionsOfScope.isEmpty()) {
            inScope.append(')');
        }
        String where = OFFICIAL_VILLAGES + (request.search().isPresent() ? OFFICIAL_VILLAGES_SEARCH : "") + inScope;
        Query rows = em.createNativeQuery("select r.code" + where + OFFICIAL_VILLAGE_SORTING.orderBy(request));
        Query count = em.createNativeQuery("select count(*)" + where);
        for (int i = 0; i < regionsOfScope.size(); i++) {
            // Region codes are digits and dots only: no LIKE wildcard can hide in them.
            String prefix = regionsOfScope.get(i).replaceAll("[^0-9.]", "") + ".%";
            rows.setParameter(i + 3, prefix);
            count.setParameter(i + 3, prefix);
        }
        request.search().ifPresent(text -> {
            String anywhere = request.searchPattern().orElseThrow().toLowerCase(java.util.Locale.ROOT);
            String codePrefix = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            rows.setParameter(1, anywhere).setParameter(2, codePrefix);
            count.setParameter(1, anywhere).setParameter(2, codePrefix);
        });
        List<String> codes = new ArrayList<>();
        for (Object code : rows.setFirstResult(request.first())
                .setMaxResults(request.size())
                .getResultList()) {
            codes.add((String) code);
        }
        // The page's rows with their village on this deployment, by primary keys; put back in page order.
        Map<String, OfficialVillage> byCode = new java.util.HashMap<>();
        if (!codes.isEmpty()) {
            Query details = em.createNativeQuery(
                    "select r.code, r.name, r.district_name, r.regency_name, v.id, v.slug, v.status from region r"
                            + " left join village v on v.code = r.code where r.code in ("
                            + String.join(", ", java.util.Collections.nCopies(codes.size(), "?")) + ")");
            for (int i = 0; i < codes.size(); i++) {
                details.setParameter(i + 1, codes.get(i));
            }
            for (Object row : details.getResultList()) {
                Object[] c = (Object[]) row;
                byCode.put(
                        (String) c[0],
                        new OfficialVillage(
                                (String) c[0],
                                (String) c[1],
                                (String) c[2],
                                (String) c[3],
                                c[4] == null ? null : ((Number) c[4]).longValue(),
                                (String) c[5],
                                c[6] == null ? null : VillageStatus.valueOf((String) c[6])));
            }
        }
        List<OfficialVillage> items = new ArrayList<>(codes.size());
        codes.forEach(code -> items.add(byCode.get(code)));
        return new Slice<>(items, ((Number) count.getSingleResult()).longValue(), request);
    }
}
