package id.portaldesa.shared.ratelimit;

import id.portaldesa.shared.BusinessException;
import jakarta.ejb.ApplicationException;
import java.time.Duration;

/** Too many attempts: the message says, in the person's language, how many minutes to wait. */
@ApplicationException(rollback = true)
public class RateLimitExceededException extends BusinessException {

    private final Limit limit;
    private final Duration retryAfter;

    public RateLimitExceededException(Limit limit, Duration retryAfter) {
        super("ratelimit.exceeded", RateWindow.minutesToWait(retryAfter));
        this.limit = limit;
        this.retryAfter = retryAfter;
    }

    public Limit getLimit() {
        return limit;
    }

    public Duration getRetryAfter() {
        return retryAfter;
    }
}
