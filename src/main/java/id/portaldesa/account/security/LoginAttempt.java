package id.portaldesa.account.security;

import jakarta.enterprise.context.RequestScoped;
import java.time.Duration;

/** Why the login of this request failed, so the page can say so in the user's language. */
@RequestScoped
public class LoginAttempt {

    /** The outcome a person is told about. */
    public enum Failure {
        INVALID,
        NOT_CONFIRMED,
        LOCKED
    }

    private Failure failure = Failure.INVALID;
    private Duration lockedFor = Duration.ZERO;

    public Failure getFailure() {
        return failure;
    }

    public Duration getLockedFor() {
        return lockedFor;
    }

    void notConfirmed() {
        this.failure = Failure.NOT_CONFIRMED;
    }

    void locked(Duration remaining) {
        this.failure = Failure.LOCKED;
        this.lockedFor = remaining;
    }
}
