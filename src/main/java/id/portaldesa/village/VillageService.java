package id.portaldesa.village;

import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.NotFoundException;
import id.portaldesa.shared.config.PortalConfig;
import id.portaldesa.shared.security.Permission;
import id.portaldesa.shared.security.RegionScope;
import id.portaldesa.shared.security.RegionalAuthority;
import id.portaldesa.village.validation.RegionCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What can be done to villages: onboarding from the official list, suspension. */
@ApplicationScoped
@Transactional
public class VillageService {

    /** What this feature's changes are announced as: {@code "village.onboarded"}, {@code "village.status"}. */
    public static final String FEATURE = "village";

    public static final String HOST_PATTERN = "([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{1,62}";

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalConfig config;

    @Inject
    RegionRepository regions;

    @Inject
    VillageChanges changes;

    @Inject
    RegionalAuthority authority;

    /** Read only here: the snapshot a visible village is answered from. */
    @Inject
    VillageDirectory directory;

    @Inject
    Clock clock;

    /** Puts a village of the official list online under the given slug, optionally on its own domain. */
    public VillageRef onboard(
            @NotNull @RegionCode(depth = 4, message = "{village.onboard.code.invalid}") String code,
            @NotNull String slug,
            String domain) {
        Region region =
                regions.find(code).orElseThrow(() -> new BusinessException("village.onboard.code.unknown", code));
        if (isOnboarded(code)) {
            throw new BusinessException("village.onboard.code.taken", region.getName());
        }
        String cleanSlug = slug.trim().toLowerCase(Locale.ROOT);
        if (!Slug.isValid(cleanSlug)) {
            throw new BusinessException("village.slug.invalid", cleanSlug);
        }
        if (isSlugTaken(cleanSlug)) {
            throw new BusinessException("village.slug.taken", cleanSlug);
        }
        Region district = regions.find(region.getParentCode()).orElseThrow();
        Region regency = regions.find(district.getParentCode()).orElseThrow();
        Region province = regions.find(regency.getParentCode()).orElseThrow();
        Village village = new Village(
                code,
                region.getName(),
                district.getName(),
                regency.getName(),
                province.getName(),
                cleanSlug,
                clock.instant());
        em.persist(village);
        em.flush();
        noteStatusInList(code, VillageStatus.ACTIVE);
        String host = domain == null || domain.isBlank() ? null : domain.trim().toLowerCase(Locale.ROOT);
        if (host != null) {
            addDomain(village.getId(), host);
            em.flush();
        }
        changes.record(village.getId(), FEATURE + ".onboarded");
        return VillageRef.of(village, host);
    }

    /** A slug nobody uses yet for this village of the official list. */
    public String suggestSlug(String code) {
        return regions.find(code)
                .map(r -> Slug.suggest(
                        r.getName(),
                        regions.find(r.getParentCode()).map(Region::getName).orElse(""),
                        this::isSlugTaken))
                .orElse("");
    }

    /** @param clean a trimmed, lower-case host name */
    void addDomain(long villageId, String clean) {
        // A village on the platform's own host would take the platform's pages over. (Hosts below it,
        // kungkai.portal.example.id, are fine: each name is looked up exactly.)
        String platformHost = config.baseUrl().getHost().toLowerCase(java.util.Locale.ROOT);
        if (clean.equals(platformHost)) {
            throw new BusinessException("village.domain.platform", clean);
        }
        if (!clean.matches(HOST_PATTERN)) {
            throw new BusinessException("village.domain.invalid", clean);
        }
        boolean taken = !em.createQuery("select d from VillageDomain d where d.host = :h", VillageDomain.class)
                .setParameter("h", clean)
                .getResultList()
                .isEmpty();
        if (taken) {
            throw new BusinessException("village.domain.taken", clean);
        }
        boolean hasPrimary = !em.createQuery(
                        "select d from VillageDomain d where d.villageId = :v and d.primary = true",
                        VillageDomain.class)
                .setParameter("v", villageId)
                .getResultList()
                .isEmpty();
        em.persist(new VillageDomain(villageId, clean, !hasPrimary));
    }

    /** Takes a village's site offline; only inside a region where the person may onboard villages. */
    public void suspend(long villageId) {
        changeStatus(villageId, VillageStatus.SUSPENDED);
    }

    public void activate(long villageId) {
        changeStatus(villageId, VillageStatus.ACTIVE);
    }

    /**
     * Sets the zone a village lives in where it differs from its province's ({@code null}: its
     * province's again). "Today", months and deadlines of the village follow at once.
     */
    public void changeTimeZone(long villageId, VillageTimeZone timeZone) {
        Village village = Optional.ofNullable(em.find(Village.class, villageId)).orElseThrow(NotFoundException::new);
        authority.requireIn(Permission.ONBOARD_VILLAGES, village.getCode());
        village.setTimeZoneOverride(timeZone);
        em.flush();
        changes.record(villageId, FEATURE + ".timeZone");
    }

    private void changeStatus(long villageId, VillageStatus status) {
        Village village = Optional.ofNullable(em.find(Village.class, villageId)).orElseThrow(NotFoundException::new);
        // A village of another region answers exactly like one that does not exist.
        authority.requireIn(Permission.ONBOARD_VILLAGES, village.getCode());
        village.setStatus(status);
        em.flush();
        noteStatusInList(village.getCode(), status);
        changes.record(villageId, FEATURE + ".status");
    }

    /** The official list's row keeps the village's status for the console's sort (V14). */
    private void noteStatusInList(String code, VillageStatus status) {
        em.createNativeQuery("UPDATE region SET village_status = ? WHERE code = ?")
                .setParameter(1, status.name())
                .setParameter(2, code)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count() {
        return em.createQuery("select count(v) from Village v", Long.class).getSingleResult();
    }

    /** The villages the person of this request may see on the platform console (VIEW_REGENCY). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Village> listVisible() {
        return listIn(authority.scopeOf(Permission.VIEW_REGENCY));
    }

    /** The villages inside these regions, by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Village> listIn(RegionScope scope) {
        if (scope.isEmpty()) {
            return List.of();
        }
        var query = em.createQuery(
                "select v from Village v" + regionFilter(scope, "v") + " order by v.name, v.code", Village.class);
        bindRegions(query, scope);
        return query.getResultList();
    }

    /**
     * A JPQL {@code where} clause keeping the villages (alias {@code v}) inside the scope, with
     * parameters {@code :region0 …} bound by {@link #bindRegions}; empty for everywhere.
     */
    public static String regionFilter(RegionScope scope, String alias) {
        if (scope.everywhere()) {
            return "";
        }
        StringBuilder where = new StringBuilder(" where (");
        // One parameter per region; bindRegions binds them in the same (sorted) order.
        for (int i = 0; i < scope.regions().size(); i++) {
            where.append(i == 0 ? "" : " or ")
                    .append(alias)
                    .append(".code like :region")
                    .append(i);
        }
        return where.append(")").toString();
    }

    public static void bindRegions(jakarta.persistence.Query query, RegionScope scope) {
        if (scope.everywhere()) {
            return;
        }
        int i = 0;
        for (String region : scope.regions().stream().sorted().toList()) {
            query.setParameter("region" + i++, region + ".%");
        }
    }

    /** One village by id, if it lies where the person may see villages; else "not found". */
    @Transactional(Transactional.TxType.SUPPORTS)
    public VillageRef requireVisible(long villageId) {
        VillageRef village = directory.byId(villageId).orElseThrow(NotFoundException::new);
        authority.requireIn(Permission.VIEW_REGENCY, village.code());
        return village;
    }

    /** One village by its official code, if onboarded and where the person may see villages. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<VillageRef> visibleByCode(String code) {
        if (!authority.canIn(Permission.VIEW_REGENCY, code)) {
            return Optional.empty();
        }
        return em.createQuery("select v.id from Village v where v.code = :c", Long.class)
                .setParameter("c", code)
                .getResultStream()
                .findFirst()
                .flatMap(directory::byId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isSlugTaken(String slug) {
        return !em.createQuery("select v.id from Village v where v.slug = :s", Long.class)
                .setParameter("s", slug)
                .getResultList()
                .isEmpty();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isOnboarded(String code) {
        return !em.createQuery("select v.id from Village v where v.code = :c", Long.class)
                .setParameter("c", code)
                .getResultList()
                .isEmpty();
    }
}
