package id.portaldesa.letters;

import id.portaldesa.shared.events.ResidentIdentified;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Someone registered with a NIK the counter has seen: the walk-in record and its requests are linked
 * to the new account, in the registration's transaction. They show among that person's requests only
 * once an operator has confirmed the resident (see {@link ResidentRequests}), so registering with
 * somebody else's NIK reveals nothing of their letters.
 */
@ApplicationScoped
public class WalkInClaims {

    @PersistenceContext
    EntityManager em;

    void claim(@Observes ResidentIdentified identified) {
        em.createQuery("select p from WalkInPerson p where p.villageId = :v and p.nikHash = :h", WalkInPerson.class)
                .setParameter("v", identified.villageId())
                .setParameter("h", identified.nikHash())
                .getResultStream()
                .findFirst()
                .ifPresent(person -> {
                    person.claimedBy(identified.accountId());
                    em.createQuery(
                                    "select r from LetterRequest r where r.villageId = :v and r.walkInPersonId = :p",
                                    LetterRequest.class)
                            .setParameter("v", identified.villageId())
                            .setParameter("p", person.getId())
                            .getResultList()
                            .forEach(r -> r.claimedBy(identified.accountId()));
                });
    }
}
