package id.portaldesa.participation;

import id.portaldesa.shared.workflow.Transitions;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a complaint is. A guest's waits for the email confirmation ({@code UNCONFIRMED}) before it
 * enters the queue; then new → assigned → in progress → resolved / rejected, and a resolved one may be
 * reopened by the complainant within {@link Sla#REOPEN_WINDOW} of its resolution. Labels {@code
 * participation.complaint.state.<STATE>}, moves {@code workflow.complaint.<FROM>.<TO>}.
 */
public enum ComplaintState {
    UNCONFIRMED,
    NEW,
    ASSIGNED,
    IN_PROGRESS,
    RESOLVED,
    REJECTED;

    public static final Transitions<ComplaintState> FLOW = Transitions.of("complaint", ComplaintState.class)
            .startIn(UNCONFIRMED, NEW)
            .allow(UNCONFIRMED, NEW)
            .allow(NEW, ASSIGNED, IN_PROGRESS, RESOLVED, REJECTED)
            .allow(ASSIGNED, IN_PROGRESS, RESOLVED, REJECTED)
            .allow(IN_PROGRESS, ASSIGNED, RESOLVED, REJECTED)
            .allow(RESOLVED, IN_PROGRESS)
            .build();

    /** States in which the office still owes an answer: they count against the SLA. */
    public static final Set<ComplaintState> OPEN = EnumSet.of(NEW, ASSIGNED, IN_PROGRESS);

    public boolean isOpen() {
        return OPEN.contains(this);
    }

    public String labelKey() {
        return "participation.complaint.state." + name();
    }
}
