package id.portaldesa.platform.metrics;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One letter request, complaint or aspiration folded from its recorded changes into the times the
 * statistics need ({@link Workflow} says what each move means). Changes are applied in the order they
 * were recorded; applying the same history always gives the same fact, whether change by change as
 * they happen or all at once in a rebuild.
 */
public final class Fact {

    final long villageId;
    final Workflow workflow;
    final long subjectId;
    String kind;
    String state;
    Instant receivedAt;
    Instant doneAt;
    Instant responseAt;
    long returnedSeconds;
    Instant returnedSince;
    Integer targetHours;
    long lastChangeId;

    public Fact(long villageId, Workflow workflow, long subjectId) {
        this.villageId = villageId;
        this.workflow = Objects.requireNonNull(workflow);
        this.subjectId = subjectId;
    }

    /** Applies one recorded change (its id orders it; one already applied is ignored). */
    public Fact apply(long changeId, String from, String to, Instant at, String changeKind, Integer changeTarget) {
        if (changeId <= lastChangeId) {
            return this;
        }
        lastChangeId = changeId;
        if (changeKind != null) {
            kind = changeKind;
        }
        switch (workflow) {
            case LETTERS -> {
                // Submitted: the first recorded state (LetterState.FLOW starts in SUBMITTED, or in
                // AWAITING_CONFIRMATION for a resident not confirmed yet: the resident has submitted
                // it all the same, and the wait for the operator's confirmation is the office's).
                if (from == null && receivedAt == null) {
                    receivedAt = at;
                }
                if ("RETURNED".equals(from) && returnedSince != null) {
                    returnedSeconds += Duration.between(returnedSince, at).toSeconds();
                    returnedSince = null;
                }
                if ("RETURNED".equals(to)) {
                    returnedSince = at;
                }
                if ("ISSUED".equals(to)) {
                    doneAt = at;
                }
            }
            case COMPLAINTS -> {
                if ("NEW".equals(to) && receivedAt == null) {
                    receivedAt = at;
                    targetHours = changeTarget;
                }
                if ("NEW".equals(from) && responseAt == null) {
                    responseAt = at;
                }
                if ("RESOLVED".equals(to)) {
                    doneAt = at;
                } else if ("RESOLVED".equals(from)) {
                    doneAt = null;
                }
            }
            case ASPIRATIONS -> {
                if (from == null && receivedAt == null) {
                    receivedAt = at;
                }
                if (Workflow.ASPIRATION_ANSWERS.contains(to) && doneAt == null) {
                    doneAt = at;
                }
            }
        }
        state = to;
        return this;
    }

    /** Submission to issue (or resolution, or answer), in seconds; null when not done. */
    public Long doneSeconds() {
        return receivedAt == null || doneAt == null
                ? null
                : Duration.between(receivedAt, doneAt).toSeconds();
    }

    /** As {@link #doneSeconds()} without the time spent returned to the resident. */
    public Long netSeconds() {
        Long gross = doneSeconds();
        return gross == null ? null : gross - returnedSeconds;
    }

    public Long responseSeconds() {
        return receivedAt == null || responseAt == null
                ? null
                : Duration.between(receivedAt, responseAt).toSeconds();
    }

    public Instant dueAt() {
        return receivedAt == null || targetHours == null ? null : receivedAt.plus(Duration.ofHours(targetHours));
    }

    /** Resolved no later than its target; false when it has no target or is not resolved. */
    public boolean withinTarget() {
        Instant due = dueAt();
        return due != null && doneAt != null && !doneAt.isAfter(due);
    }

    public boolean hasTarget() {
        return targetHours != null;
    }

    public boolean accepted() {
        return workflow == Workflow.ASPIRATIONS && Workflow.ASPIRATION_ACCEPTED.contains(state);
    }

    public boolean open() {
        return workflow == Workflow.COMPLAINTS && Workflow.COMPLAINT_OPEN.contains(state);
    }

    /** A month as the village lives it, {@code yyyymm}; null for no instant. */
    public static Integer monthOf(Instant at, ZoneId zone) {
        if (at == null) {
            return null;
        }
        YearMonth m = YearMonth.from(at.atZone(zone));
        return m.getYear() * 100 + m.getMonthValue();
    }

    public long villageId() {
        return villageId;
    }

    public Workflow workflow() {
        return workflow;
    }

    public long subjectId() {
        return subjectId;
    }

    public String kind() {
        return kind;
    }

    public String state() {
        return state;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant doneAt() {
        return doneAt;
    }

    public Instant responseAt() {
        return responseAt;
    }

    public long returnedSeconds() {
        return returnedSeconds;
    }

    public Instant returnedSince() {
        return returnedSince;
    }

    public Integer targetHours() {
        return targetHours;
    }

    public long lastChangeId() {
        return lastChangeId;
    }

    /** For the store: a fact read back from its row. */
    static Fact restored(
            long villageId,
            Workflow workflow,
            long subjectId,
            String kind,
            String state,
            Instant receivedAt,
            Instant doneAt,
            Instant responseAt,
            long returnedSeconds,
            Instant returnedSince,
            Integer targetHours,
            long lastChangeId) {
        Fact f = new Fact(villageId, workflow, subjectId);
        f.kind = kind;
        f.state = state;
        f.receivedAt = receivedAt;
        f.doneAt = doneAt;
        f.responseAt = responseAt;
        f.returnedSeconds = returnedSeconds;
        f.returnedSince = returnedSince;
        f.targetHours = targetHours;
        f.lastChangeId = lastChangeId;
        return f;
    }
}
