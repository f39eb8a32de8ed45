package id.portaldesa.letters;

import id.portaldesa.account.Membership;
import id.portaldesa.account.PermissionTable;
import id.portaldesa.account.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.Set;

/** The current staff of a village whose turn a request in some state is: whom to tell it waits. */
@ApplicationScoped
public class StaffOnDuty {

    @PersistenceContext
    EntityManager em;

    public Set<Long> accountsFor(long villageId, LetterState state, LetterSettings.Values settings) {
        Set<Long> accounts = new LinkedHashSet<>();
        em.createQuery(
                        "select m from Membership m where m.villageId = :v and m.revokedAt is null and m.role <> :resident"
                                + " order by m.id",
                        Membership.class)
                .setParameter("v", villageId)
                .setParameter("resident", Role.RESIDENT)
                .getResultList()
                .forEach(m -> {
                    if (Turns.waitingFor(PermissionTable.of(m.getRole(), m.getPosition()), m.getPosition(), settings)
                            .contains(state)) {
                        accounts.add(m.getAccountId());
                    }
                });
        return accounts;
    }
}
