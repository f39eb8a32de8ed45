package id.portaldesa.account.security;

import id.portaldesa.account.Role;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.VillageDirectory;
import id.portaldesa.village.VillageRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Background work in a village (housekeeping, demo content) done in the name of one of its staff:
 * services check who acts, and media is stored and deleted by the village's own people only.
 */
@ApplicationScoped
public class VillageStaffRun {

    @Inject
    VillageDirectory directory;

    @Inject
    CurrentVillage currentVillage;

    @Inject
    CurrentUser user;

    @PersistenceContext
    EntityManager em;

    /**
     * Acts in the village as its longest-serving staff member.
     *
     * @return the village; empty when it is gone or has no staff, and then nothing changed
     */
    public Optional<VillageRef> actAsStaffOf(long villageId) {
        Optional<VillageRef> village = directory.byId(villageId);
        if (village.isEmpty()) {
            return Optional.empty();
        }
        Optional<Long> staff = em.createQuery(
                        "select m.accountId from Membership m where m.villageId = :v and m.revokedAt is null"
                                + " and m.role <> :resident order by m.id",
                        Long.class)
                .setParameter("v", villageId)
                .setParameter("resident", Role.RESIDENT)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
        if (staff.isEmpty()) {
            return Optional.empty();
        }
        currentVillage.actFor(village.get());
        user.actAs(staff.get());
        return village;
    }
}
