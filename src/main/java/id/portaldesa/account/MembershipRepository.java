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

    public long activeAdmins() {
        return scoped(
                        "select count(e) from Membership e where e.villageId = :village and e.revokedAt is null"
                                + " and e.role = id.portaldesa.account.Role.VILLAGE_ADMIN",
                        Long.class)
                .getSingleResult();
    }
}
