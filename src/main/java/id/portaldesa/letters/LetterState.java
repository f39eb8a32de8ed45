package id.portaldesa.letters;

import id.portaldesa.shared.workflow.Transitions;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a letter request is; labels {@code letters.state.*}, moves {@code
 * workflow.letterRequest.<FROM>.<TO>}. A draft is not yet a request: it enters the workflow when it is
 * submitted.
 */
public enum LetterState {
    DRAFT,
    /** Submitted by a resident whose identity is not confirmed yet: waits for the operator. */
    AWAITING_CONFIRMATION,
    SUBMITTED,
    /** Back with the resident, with a note of what to fix. */
    RETURNED,
    /** Checked by the operator: waits for the sekdes (or the kades, where the sekdes step is off). */
    CHECKED,
    /** Verified by the sekdes: waits for the signature. */
    VERIFIED,
    SIGNED,
    ISSUED,
    REJECTED,
    CANCELLED,
    REVOKED;

    /** The recorded moves of a letter request. */
    public static final Transitions<LetterState> FLOW = Transitions.of("letterRequest", LetterState.class)
            .startIn(SUBMITTED, AWAITING_CONFIRMATION)
            .allow(AWAITING_CONFIRMATION, SUBMITTED, REJECTED, CANCELLED)
            .allow(SUBMITTED, CHECKED, RETURNED, REJECTED, CANCELLED)
            .allow(RETURNED, SUBMITTED, AWAITING_CONFIRMATION, REJECTED, CANCELLED)
            .allow(CHECKED, VERIFIED, SIGNED, RETURNED, REJECTED)
            .allow(VERIFIED, SIGNED, RETURNED, REJECTED)
            .allow(SIGNED, ISSUED)
            .allow(ISSUED, REVOKED)
            .build();

    /** States after which nothing more happens to the request itself (its scans may go). */
    public static final Set<LetterState> ENDED = EnumSet.of(ISSUED, REJECTED, CANCELLED, REVOKED);

    /** States a resident may still change (edit the answers, attach, submit). */
    public boolean editableByResident() {
        return this == DRAFT || this == RETURNED;
    }

    /** States a resident may withdraw from. */
    public boolean cancellable() {
        return this == AWAITING_CONFIRMATION || this == SUBMITTED || this == RETURNED;
    }

    public boolean ended() {
        return ENDED.contains(this);
    }
}
