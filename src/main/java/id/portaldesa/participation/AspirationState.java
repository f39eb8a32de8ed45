package id.portaldesa.participation;

import id.portaldesa.shared.workflow.Transitions;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Where an aspiration is. It waits for the village admin's moderation ({@code SUBMITTED}), is then
 * public ({@code PUBLISHED}) or rejected with a reason its author sees; once public, officials answer
 * it with one of the answer statuses, fixed across villages so figures compare (a village may rename
 * their labels, {@link Labels}). Labels {@code participation.aspiration.state.<STATE>}, moves {@code
 * workflow.aspiration.<FROM>.<TO>}.
 */
public enum AspirationState {
    SUBMITTED,
    REJECTED,
    PUBLISHED,
    UNDER_REVIEW,
    /** Accepted into the village plan (RKPDes/RPJMDes). */
    PLANNED,
    IN_PROGRESS,
    DONE,
    NOT_FEASIBLE;

    /** The answers an official may give to a public aspiration. */
    public static final Set<AspirationState> ANSWERS =
            EnumSet.of(UNDER_REVIEW, PLANNED, IN_PROGRESS, DONE, NOT_FEASIBLE);

    /** States in which an aspiration is public (unless hidden by flags). */
    public static final Set<AspirationState> PUBLIC =
            EnumSet.of(PUBLISHED, UNDER_REVIEW, PLANNED, IN_PROGRESS, DONE, NOT_FEASIBLE);

    public static final Transitions<AspirationState> FLOW = Transitions.of("aspiration", AspirationState.class)
            .startIn(SUBMITTED)
            .allow(SUBMITTED, PUBLISHED, REJECTED)
            .allow(PUBLISHED, UNDER_REVIEW, PLANNED, IN_PROGRESS, DONE, NOT_FEASIBLE, REJECTED)
            .allow(UNDER_REVIEW, PLANNED, IN_PROGRESS, DONE, NOT_FEASIBLE)
            .allow(PLANNED, IN_PROGRESS, DONE, NOT_FEASIBLE)
            .allow(IN_PROGRESS, DONE, NOT_FEASIBLE)
            .allow(NOT_FEASIBLE, UNDER_REVIEW)
            .build();

    public boolean isPublic() {
        return PUBLIC.contains(this);
    }

    public String labelKey() {
        return "participation.aspiration.state." + name();
    }

    public static Optional<AspirationState> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (AspirationState s : values()) {
            if (s.name().equalsIgnoreCase(code.strip())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
