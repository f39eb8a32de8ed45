package id.portaldesa.participation;

import id.portaldesa.account.Membership;
import id.portaldesa.account.PermissionTable;
import id.portaldesa.account.Role;
import id.portaldesa.shared.security.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.Set;

/** The current staff of a village holding a permission: whom to tell, whom to assign. */
@ApplicationScoped
public class StaffWith {

    @PersistenceContext
    EntityManager em;

    public Set<Long> accounts(long villageId, Permission permission) {
        Set<Long> accounts = new LinkedHashSet<>();
        em.createQuery(
                        "select m from Membership m where m.villageId = :v and m.revokedAt is null and m.role <> :resident"
                                + " order by m.id",
                        Membership.class)
                .setParameter("v", villageId)
                .setParameter("resident", Role.RESIDENT)
                .getResultList()
                .forEach(m -> {
                    if (PermissionTable.of(m.getRole(), m.getPosition()).contains(permission)) {
                        accounts.add(m.getAccountId());
                    }
                });
        return accounts;
    }
}
