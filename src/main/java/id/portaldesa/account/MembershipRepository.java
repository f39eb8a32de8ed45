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

    public List<Membership> activeStaff() {
        return scoped("select e from Membership e where e.villageId = :village and e.revokedAt is null"
                        + " and e.role <> id.portaldesa.account.Role.RESIDENT order by e.grantedAt")
                .getResultList();
    }

    public long activeAdmins() {
        return activeStaff().stream().filter(m -> m.getRole() == Role.VILLAGE_ADMIN).count();
    }
}
