package id.portaldesa.shared.workflow;

import id.portaldesa.shared.persistence.VillageOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One recorded move of a record of a village from one state to another: the one shape every
 * workflow (letter requests, aspirations, complaints) writes and that history pages, notifications
 * and the service statistics read. Written once, never changed.
 */
@Entity
@Table(name = "state_change")
public class StateChange extends VillageOwned {

    @Column(name = "subject_type", nullable = false, updatable = false)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    /** Null for the record's first state. */
    @Column(name = "from_state", updatable = false)
    private String fromState;

    @Column(name = "to_state", nullable = false, updatable = false)
    private String toState;

    /** Null when the system moved it (a deadline passed), not a person. */
    @Column(name = "actor_account_id", updatable = false)
    private Long actorAccountId;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(updatable = false)
    private String note;

    /**
     * What kind of record moved, where its figures are told apart (a letter type's code, a complaint's
     * category); null when the workflow has no kinds. Carried here so the service statistics can be
     * recomputed from this table alone, without reading another feature's tables.
     */
    @Column(updatable = false)
    private String kind;

    /** The target response time in hours the record was given when this move set one; else null. */
    @Column(name = "target_hours", updatable = false)
    private Integer targetHours;

    protected StateChange() {}

    StateChange(
            long villageId,
            String subjectType,
            long subjectId,
            String fromState,
            String toState,
            Long actorAccountId,
            Instant at,
            String note,
            String kind,
            Integer targetHours) {
        super(villageId);
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.fromState = fromState;
        this.toState = toState;
        this.actorAccountId = actorAccountId;
        this.changedAt = at;
        this.note = note;
        this.kind = kind;
        this.targetHours = targetHours;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public String getFromState() {
        return fromState;
    }

    public String getToState() {
        return toState;
    }

    public Long getActorAccountId() {
        return actorAccountId;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getNote() {
        return note;
    }

    public String getKind() {
        return kind;
    }

    public Integer getTargetHours() {
        return targetHours;
    }

    /** What happened, in words: {@code workflow.<subject>.<FROM>.<TO>}. */
    public String getMessageKey() {
        return Transitions.keyOf(subjectType, fromState, toState);
    }

    StateChanged toEvent() {
        return new StateChanged(
                getId(),
                getVillageId(),
                subjectType,
                subjectId,
                fromState,
                toState,
                actorAccountId,
                changedAt,
                note,
                kind,
                targetHours);
    }
}
