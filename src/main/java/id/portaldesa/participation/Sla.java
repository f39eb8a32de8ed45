package id.portaldesa.participation;

import java.time.Duration;
import java.time.Instant;

/**
 * Target response times of complaints: a complaint entering the queue is due its category's hours
 * later (the village's setting, else the category's default); an open one past that is overdue. A
 * resolved complaint may be reopened by its complainant for {@link #REOPEN_WINDOW}.
 */
public final class Sla {

    public static final Duration REOPEN_WINDOW = Duration.ofDays(14);

    private Sla() {}

    public static Instant dueAt(Instant enteredQueue, int hours) {
        if (hours < 1) {
            throw new IllegalArgumentException("An SLA is at least one hour: " + hours);
        }
        return enteredQueue.plus(Duration.ofHours(hours));
    }

    public static boolean overdue(ComplaintState state, Instant dueAt, Instant now) {
        return state.isOpen() && dueAt != null && now.isAfter(dueAt);
    }

    public static boolean reopenable(ComplaintState state, Instant resolvedAt, Instant now) {
        return state == ComplaintState.RESOLVED && resolvedAt != null && !now.isAfter(resolvedAt.plus(REOPEN_WINDOW));
    }
}
