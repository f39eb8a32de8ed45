package id.portaldesa.account;

import id.portaldesa.village.VillageScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Staff invitations of the current village. */
@ApplicationScoped
public class InvitationRepository extends VillageScopedRepository<Invitation> {

    public InvitationRepository() {
        super(Invitation.class);
    }

    public Optional<Invitation> byTokenHash(String tokenHash) {
        return scoped("select e from Invitation e where e.villageId = :village and e.tokenHash = :t")
                .setParameter("t", tokenHash)
                .getResultStream()
                .findFirst();
    }

    /**
     * Marks the invitation accepted if it is still open (not accepted, not revoked, not expired): one
     * conditional update, so of two requests racing with the same link exactly one gets {@code true}.
     */
    public boolean claim(long invitationId, Instant now) {
        return em.createQuery("update Invitation e set e.acceptedAt = :now, e.version = e.version + 1"
                                + " where e.id = :id and e.villageId = :village and e.acceptedAt is null"
                                + " and e.revokedAt is null and e.expiresAt > :now")
                        .setParameter("now", now)
                        .setParameter("id", invitationId)
                        .setParameter("village", currentVillage.require().id())
                        .executeUpdate()
                == 1;
    }

    public List<Invitation> pending(Instant now) {
        return scoped("select e from Invitation e where e.villageId = :village and e.acceptedAt is null"
                        + " and e.revokedAt is null and e.expiresAt > :now order by e.createdAt")
                .setParameter("now", now)
                .getResultList();
    }
}
