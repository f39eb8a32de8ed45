package id.portaldesa.letters;

import id.portaldesa.shared.workflow.StateChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * The one way a letter request changes state (design §4a): the move is checked against {@link
 * LetterState#FLOW}, recorded in the shared history with who, when and the note, and told to the
 * applicant and to the officials whose turn it now is. Callers check the actor's permission and turn
 * first, on a request they locked.
 */
@ApplicationScoped
public class LetterWorkflow {

    @Inject
    StateChanges stateChanges;

    @Inject
    LetterNotices notices;

    @Inject
    Clock clock;

    /** @param actorAccountId null when the system moves it */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moveTo(LetterRequest request, LetterState to, Long actorAccountId, String note) {
        // A draft is not a request yet: submitting it is the request's first recorded state.
        LetterState from = request.getState() == LetterState.DRAFT ? null : request.getState();
        String clean = note == null || note.isBlank() ? null : note.strip();
        // The type's code goes into the recorded change: the service statistics read nothing else.
        stateChanges.move(
                LetterState.FLOW, request.getId(), from, to, actorAccountId, clean, request.getTypeCode(), null);
        request.moved(to, clock.instant());
        if (to == LetterState.RETURNED || to == LetterState.REJECTED || to == LetterState.REVOKED) {
            request.noted(clean);
        }
        notices.moved(request, to, clean);
    }
}
