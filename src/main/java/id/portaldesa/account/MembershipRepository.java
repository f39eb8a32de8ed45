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

    public long activeAdmins() {
        return scoped(
                        "select count(e) from Membership e where e.villageId = :village and e.revokedAt is null"
                                + " and e.role = id.portaldesa.account.Role.VILLAGE_ADMIN",
                        Long.class)
                .getSingleResult();
    }
}
