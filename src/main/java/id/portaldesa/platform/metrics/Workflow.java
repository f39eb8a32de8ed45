package id.portaldesa.platform.metrics;

import java.util.Set;

/**
 * The three workflows measured, by the names their recorded changes carry. The states are read as
 * words (the letters and participation features are not imported here); what each move means is
 * decided from their {@code FLOW} tables:
 *
 * <ul>
 *   <li>letter request: <i>received</i> on its first recorded state (submitted, or awaiting the
 *       confirmation of the resident); <i>returned</i> from a move into {@code RETURNED} until the
 *       next move out of it; <i>done</i> when {@code ISSUED} (a later revocation does not undo the
 *       service given);
 *   <li>complaint: <i>received</i> when it enters the queue ({@code NEW}, after the email
 *       confirmation of a guest: unconfirmed ones are not counted); <i>first response</i> on the
 *       first move out of {@code NEW}; <i>done</i> when {@code RESOLVED} (the last resolution: a
 *       reopening undoes it); <i>within target</i> when resolved no later than its target hours after
 *       entering the queue; <i>overdue</i> while open past that;
 *   <li>aspiration: <i>received</i> when submitted; <i>done</i> (answered) on its first answer;
 *       <i>accepted into the village plan</i> while {@code PLANNED}, {@code IN_PROGRESS} or {@code
 *       DONE}.
 * </ul>
 */
public enum Workflow {
    LETTERS("letterRequest"),
    COMPLAINTS("complaint"),
    ASPIRATIONS("aspiration");

    static final Set<String> COMPLAINT_OPEN = Set.of("NEW", "ASSIGNED", "IN_PROGRESS");
    static final Set<String> ASPIRATION_ANSWERS =
            Set.of("UNDER_REVIEW", "PLANNED", "IN_PROGRESS", "DONE", "NOT_FEASIBLE");
    static final Set<String> ASPIRATION_ACCEPTED = Set.of("PLANNED", "IN_PROGRESS", "DONE");

    private final String subject;

    Workflow(String subject) {
        this.subject = subject;
    }

    /** The subject type of its recorded changes. */
    public String subject() {
        return subject;
    }

    public static java.util.Optional<Workflow> ofSubject(String subjectType) {
        for (Workflow w : values()) {
            if (w.subject.equals(subjectType)) {
                return java.util.Optional.of(w);
            }
        }
        return java.util.Optional.empty();
    }
}
