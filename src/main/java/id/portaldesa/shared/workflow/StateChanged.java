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
 * @param kind the record's kind where its workflow has kinds (letter type, complaint category), else null
 * @param targetHours the target response time this move gave the record, else null
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
        String note,
        String kind,
        Integer targetHours)
        implements Serializable {

    /** A change without kind or target (the shape before both were recorded). */
    public StateChanged(
            long id,
            long villageId,
            String subjectType,
            long subjectId,
            String fromState,
            String toState,
            Long actorAccountId,
            Instant at,
            String note) {
        this(id, villageId, subjectType, subjectId, fromState, toState, actorAccountId, at, note, null, null);
    }

    public boolean isAbout(String subject) {
        return subjectType.equals(subject);
    }

    public String messageKey() {
        return Transitions.keyOf(subjectType, fromState, toState);
    }
}
