package id.portaldesa.account;

import id.portaldesa.village.VillageScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Memberships of the current village. */
@ApplicationScoped
public class MembershipRepository extends VillageScopedRepository<Membership> {

    public MembershipRepository() {
        super(Membership.class);
    }

    public List<Membership> activeOf(long accountId) {
        return scoped("select e from Membership e where e.villageId = :village and e.accountId = :a"
                        + " and e.revokedAt is null")
                .setParameter("a", accountId)
                .getResultList();
    }

    /** Admins and officials with their names, in one query. */
    public List<StaffMember> activeStaff() {
        return scoped(
                        "select new id.portaldesa.account.StaffMember(e.id, a.displayName, a.email, e.role, e.position,"
                                + " e.acting, e.officialTitle, e.grantedAt) from Membership e, Account a where a.id = e.accountId"
                                + " and e.villageId = :village and e.revokedAt is null"
                                + " and e.role <> id.portaldesa.account.Role.RESIDENT order by e.grantedAt",
                        StaffMember.class)
                .getResultList();
    }

    /** The active admin memberships of the current village. */
    public List<Membership> activeAdminMemberships() {
        return scoped("select e from Membership e where e.villageId = :village and e.revokedAt is null"
                        + " and e.role = id.portaldesa.account.Role.VILLAGE_ADMIN")
                .getResultList();
    }

    /**
     * The ids of the village's active admin memberships, read under a lock on the village that holds
     * until commit: two admins revoking each other at once are served one after the other, and the
     * second counts what the first left. The read is a locking one, so it sees the latest committed
     * rows rather than the snapshot the transaction may have begun with.
     */
    public List<Long> lockActiveAdmins() {
        lockVillage();
        List<?> ids = em.createNativeQuery("select id from membership where village_id = ? and role = ?"
                        + " and revoked_at is null for update")
                .setParameter(1, currentVillage.id())
                .setParameter(2, Role.VILLAGE_ADMIN.name())
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /**
     * The villages (by id) where this account is the only active admin, read like
     * {@link #lockActiveAdmins()} but across the person's own villages: each village is locked in id
     * order (so two people leaving at once cannot deadlock), then its admins are read with a locking
     * read. An admin deleting their account and another revoking them, or two admins deleting theirs
     * at once, are served one after the other, and the later one counts what the earlier left.
     */
    public List<Long> lockVillagesWhereOnlyAdmin(long accountId) {
        List<?> villages = em.createNativeQuery("select distinct village_id from membership where account_id = ?"
                        + " and role = ? and revoked_at is null order by village_id")
                .setParameter(1, accountId)
                .setParameter(2, Role.VILLAGE_ADMIN.name())
                .getResultList();
        List<Long> onlyAdminOf = new java.util.ArrayList<>();
        for (Object row : villages) {
            long village = ((Number) row).longValue();
            em.createNativeQuery("select id from village where id = ? for update")
                    .setParameter(1, village)
                    .getResultList();
            List<?> admins = em.createNativeQuery("select account_id from membership where village_id = ?"
                            + " and role = ? and revoked_at is null for update")
                    .setParameter(1, village)
                    .setParameter(2, Role.VILLAGE_ADMIN.name())
                    .getResultList();
            boolean someoneElse = admins.stream().anyMatch(a -> ((Number) a).longValue() != accountId);
            boolean stillAdmin = admins.stream().anyMatch(a -> ((Number) a).longValue() == accountId);
            if (stillAdmin && !someoneElse) {
                onlyAdminOf.add(village);
            }
        }
        return onlyAdminOf;
    }

    public long activeAdmins() {
        return scoped(
                        "select count(e) from Membership e where e.villageId = :village and e.revokedAt is null"
                                + " and e.role = id.portaldesa.account.Role.VILLAGE_ADMIN",
                        Long.class)
                .getSingleResult();
    }
}
