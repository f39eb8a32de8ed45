package id.portaldesa.shared.workflow;

import id.portaldesa.shared.persistence.VillageScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;

/**
 * The history of every workflow of the current village. A record changes state only through its
 * own {@code moveTo(…)}, which checks the actor's permission and then calls {@link #move}: the
 * transition is checked against the record's {@link Transitions} table, recorded in the current
 * village, and announced as {@link StateChanged}.
 *
 * <pre>{@code
 * public void moveTo(LetterRequest request, LetterState next, String note) {
 *     currentUser.require(Permission.PROCESS_LETTERS);
 *     stateChanges.move(LetterRequest.FLOW, request.getId(), request.getState(), next, currentUser.accountId(), note);
 *     request.setState(next);
 * }
 * }</pre>
 */
@ApplicationScoped
@Transactional
public class StateChanges {

    public static final String SUBJECT_PATTERN = "[a-z][a-zA-Z]{1,39}";
    public static final String STATE_PATTERN = "[A-Z][A-Z0-9_]{0,39}";
    /** A kind: a letter type's code or a complaint's category. */
    public static final String KIND_PATTERN = "[A-Za-z0-9][A-Za-z0-9_.-]{0,39}";

    @PersistenceContext
    EntityManager em;

    @Inject
    VillageScope village;

    @Inject
    Clock clock;

    @Inject
    Event<StateChanged> events;

    /**
     * Checks a move against the table, records it and announces it; refuses a move the table does
     * not allow ({@code workflow.notAllowed}) and then records nothing.
     *
     * @param from the record's current state, null when it is being created in {@code to}
     * @param actorAccountId who moved it; null for the system
     * @return {@code to}, for the caller to set on its record
     */
    public <S extends Enum<S>> S move(
            @NotNull Transitions<S> transitions,
            long subjectId,
            S from,
            @NotNull S to,
            Long actorAccountId,
            @Size(max = 1000) String note) {
        return move(transitions, subjectId, from, to, actorAccountId, note, null, null);
    }

    /**
     * As {@link #move(Transitions, long, Enum, Enum, Long, String)}, recording also the record's kind
     * (a letter type's code, a complaint's category) and, on the move that sets one, its target
     * response time: what the service statistics need and cannot read from the change alone.
     *
     * @param kind null when the workflow has no kinds
     * @param targetHours null unless this move gives the record a target response time
     */
    public <S extends Enum<S>> S move(
            @NotNull Transitions<S> transitions,
            long subjectId,
            S from,
            @NotNull S to,
            Long actorAccountId,
            @Size(max = 1000) String note,
            @Pattern(regexp = KIND_PATTERN) String kind,
            Integer targetHours) {
        transitions.check(from, to);
        record(
                transitions.subject(),
                subjectId,
                from == null ? null : from.name(),
                to.name(),
                actorAccountId,
                note,
                kind,
                targetHours);
        return to;
    }

    /**
     * Records a change the caller has checked, in the current village, and announces it. Prefer
     * {@link #move}; this is for states that are not an enum.
     */
    public StateChanged record(
            @NotNull @Pattern(regexp = SUBJECT_PATTERN) String subjectType,
            long subjectId,
            @Pattern(regexp = STATE_PATTERN) String fromState,
            @NotNull @Pattern(regexp = STATE_PATTERN) String toState,
            Long actorAccountId,
            @Size(max = 1000) String note) {
        return record(subjectType, subjectId, fromState, toState, actorAccountId, note, null, null);
    }

    /** As {@link #record(String, long, String, String, Long, String)}, with a kind and a target. */
    public StateChanged record(
            @NotNull @Pattern(regexp = SUBJECT_PATTERN) String subjectType,
            long subjectId,
            @Pattern(regexp = STATE_PATTERN) String fromState,
            @NotNull @Pattern(regexp = STATE_PATTERN) String toState,
            Long actorAccountId,
            @Size(max = 1000) String note,
            @Pattern(regexp = KIND_PATTERN) String kind,
            Integer targetHours) {
        StateChange change = new StateChange(
                village.villageId(),
                subjectType,
                subjectId,
                fromState,
                toState,
                actorAccountId,
                clock.instant(),
                note == null || note.isBlank() ? null : note.trim(),
                kind,
                targetHours);
        em.persist(change);
        em.flush();
        StateChanged event = change.toEvent();
        events.fire(event);
        return event;
    }

    /**
     * Every recorded change of one record of the current village, oldest first. A record of another
     * village has no history here, exactly like a record that does not exist.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StateChange> historyOf(@NotNull String subjectType, long subjectId) {
        return em.createQuery(
                        "select c from StateChange c where c.villageId = :village and c.subjectType = :type"
                                + " and c.subjectId = :subject order by c.changedAt, c.id",
                        StateChange.class)
                .setParameter("village", village.villageId())
                .setParameter("type", subjectType)
                .setParameter("subject", subjectId)
                .getResultList();
    }
}
