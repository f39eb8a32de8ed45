package id.portaldesa.letters.issue;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.util.Optional;

/**
 * The issuing side of letters (number, PDF, signature, QR, verification), built on branch
 * h-letters-issue. This placeholder states the contract the requests side is coded against, so the
 * branch compiles before the two meet; every method refuses until the real class replaces it at the
 * merge. Tests use a double of their own.
 */
@ApplicationScoped
public class LetterIssuer {

    /** In the caller's transaction, for the current village: number, PDF, signature, storage. */
    public IssuedLetter issue(IssueOrder order) {
        throw new IllegalStateException("The issuing side (h-letters-issue) is not merged yet");
    }

    public Optional<IssuedLetter> ofRequest(long requestId) {
        throw new IllegalStateException("The issuing side (h-letters-issue) is not merged yet");
    }

    public InputStream openPdf(long issuedLetterId) {
        throw new IllegalStateException("The issuing side (h-letters-issue) is not merged yet");
    }

    /** REVOKE_LETTERS. */
    public void revoke(long issuedLetterId, String reason) {
        throw new IllegalStateException("The issuing side (h-letters-issue) is not merged yet");
    }
}
