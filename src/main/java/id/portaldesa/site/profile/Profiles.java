package id.portaldesa.site.profile;

import id.portaldesa.account.Account;
import id.portaldesa.account.Membership;
import id.portaldesa.account.Role;
import id.portaldesa.site.SiteRef;
import id.portaldesa.site.Sites;
import id.portaldesa.site.SnapshotCache;
import id.portaldesa.village.ContentRevisions;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every village's public profile, from memory: read once per content revision of the village (and
 * at least every minute, as an official's name and title live with their account, which announces
 * no change to the site), so the profile page and search cost no query per visitor.
 */
@ApplicationScoped
public class Profiles {

    static final Duration MAX_AGE = Duration.ofSeconds(60);
    static final int CAPACITY = 2_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    ContentRevisions revisions;

    @Inject
    Sites sites;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final SnapshotCache<PublicProfile> cache = new SnapshotCache<>(CAPACITY, MAX_AGE, Clock.systemUTC());

    public PublicProfile of(long villageId) {
        return cache.get(villageId, revisions, transactions, this::read);
    }

    private PublicProfile read(long villageId) {
        SiteRef site = sites.of(villageId);
        List<VillageProfile> rows = em.createQuery(
                        "select p from VillageProfile p where p.villageId = :v", VillageProfile.class)
                .setParameter("v", villageId)
                .getResultList();
        ProfileDetails details = rows.isEmpty()
                ? new ProfileDetails(
                        site.welcome(), null, null, null, null, null, null, null, null, null, site.officeHours())
                : rows.get(0).details(site.welcome(), site.officeHours());
        List<ShownOfficial> officials = officialsOf(em, villageId).stream()
                .filter(ShownOfficial::active)
                .toList();
        return new PublicProfile(
                details,
                MapLinks.of(details.latitude(), details.longitude()),
                officials,
                rows.isEmpty() ? null : rows.get(0).getUpdatedAt());
    }

    /**
     * The village's officials in order, with the names and titles of those linked to a membership
     * (two queries, whatever their number). Inactive: linked to a membership that has ended.
     */
    static List<ShownOfficial> officialsOf(EntityManager em, long villageId) {
        List<Official> officials = em.createQuery(
                        "select o from Official o where o.villageId = :v order by o.sortOrder, o.id", Official.class)
                .setParameter("v", villageId)
                .getResultList();
        Collection<Long> linked = officials.stream()
                .map(Official::getMembershipId)
                .filter(java.util.Objects::nonNull)
                .toList();
        Map<Long, Object[]> memberships = new HashMap<>();
        if (!linked.isEmpty()) {
            for (Object[] row : em.createQuery(
                            "select m, a from Membership m, Account a where a.id = m.accountId"
                                    + " and m.villageId = :v and m.id in :ids",
                            Object[].class)
                    .setParameter("v", villageId)
                    .setParameter("ids", linked)
                    .getResultList()) {
                memberships.put(((Membership) row[0]).getId(), row);
            }
        }
        List<ShownOfficial> shown = new ArrayList<>();
        for (Official o : officials) {
            if (o.getMembershipId() == null) {
                shown.add(new ShownOfficial(
                        o.getId(),
                        o.getName() == null ? "" : o.getName(),
                        o.getPositionLabel(),
                        o.getPhotoMediaId(),
                        false,
                        true,
                        o.getSortOrder()));
                continue;
            }
            Object[] row = memberships.get(o.getMembershipId());
            Membership m = row == null ? null : (Membership) row[0];
            Account a = row == null ? null : (Account) row[1];
            boolean active = m != null && m.isActive() && m.getRole() == Role.OFFICIAL;
            shown.add(new ShownOfficial(
                    o.getId(),
                    a != null ? a.getDisplayName() : (o.getName() == null ? "" : o.getName()),
                    m != null && m.getOfficialTitle() != null ? m.getOfficialTitle() : o.getPositionLabel(),
                    o.getPhotoMediaId(),
                    true,
                    active,
                    o.getSortOrder()));
        }
        return List.copyOf(shown);
    }
}
