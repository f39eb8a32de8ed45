package id.portaldesa.letters;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;

/**
 * Claims a request for one retention run by a conditional update committed at once: of two nodes
 * running at the same moment, one wins each request. A run that dies leaves its claim to run out.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class RetentionClaims {

    static final Duration LEASE = Duration.ofMinutes(10);

    @PersistenceContext
    EntityManager em;

    public boolean claim(long requestId, Instant now) {
        return em.createQuery("update LetterRequest e set e.purgeLeaseUntil = :until where e.id = :id"
                                + " and e.attachmentsPurgedAt is null"
                                + " and (e.purgeLeaseUntil is null or e.purgeLeaseUntil < :now)")
                        .setParameter("until", now.plus(LEASE))
                        .setParameter("id", requestId)
                        .setParameter("now", now)
                        .executeUpdate()
                == 1;
    }
}
