package id.portaldesa.shared.workflow;

import java.io.Serializable;
import java.time.Instant;

/**
 * Announces a recorded {@link StateChange}, fired by {@link StateChanges} right after the record is
 * written, inside the mover's transaction. Observers that act on the outside world (mail, counters,
 * caches) observe with {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}, so that a move
 * that is rolled back announces nothing. Plain values only, so it can later be published to every
 * node of a cluster.
 *
 * @param id the id of the recorded change
 * @param fromState null for a record's first state
 * @param actorAccountId null when the system, not a person, moved it
 */
public record StateChanged(
        long id,
        long villageId,
        String subjectType,
        long subjectId,
        String fromState,
        String toState,
        Long actorAccountId,
        Instant at,
        String note)
        implements Serializable {

    public boolean isAbout(String subject) {
        return subjectType.equals(subject);
    }

    public String messageKey() {
        return Transitions.keyOf(subjectType, fromState, toState);
    }
}
