package id.portaldesa.account.security;

import id.portaldesa.shared.ratelimit.RateLimitExceededException;
import jakarta.enterprise.context.RequestScoped;
import java.time.Duration;

/** Why the login of this request failed, so the page can say so in the user's language. */
@RequestScoped
public class LoginAttempt {

    /** The outcome a person is told about. */
    public enum Failure {
        INVALID,
        NOT_CONFIRMED,
        LOCKED,
        /** Too many logins from this address in a while (the rate limit, not the lockout). */
        RATE_LIMITED,
        /** The failed-login count could not be kept: refused, to be tried again shortly. */
        UNAVAILABLE
    }

    private Failure failure = Failure.INVALID;
    private Duration lockedFor = Duration.ZERO;
    private RateLimitExceededException rateLimit;

    public Failure getFailure() {
        return failure;
    }

    public Duration getLockedFor() {
        return lockedFor;
    }

    /** What to tell a person refused by the rate limit (its message says how long to wait). */
    public RateLimitExceededException getRateLimit() {
        return rateLimit;
    }

    void rateLimited(RateLimitExceededException refused) {
        this.failure = Failure.RATE_LIMITED;
        this.rateLimit = refused;
    }

    void unavailable() {
        this.failure = Failure.UNAVAILABLE;
    }

    void notConfirmed() {
        this.failure = Failure.NOT_CONFIRMED;
    }

    void locked(Duration remaining) {
        this.failure = Failure.LOCKED;
        this.lockedFor = remaining;
    }
}
