package id.portaldesa.shared.ratelimit;

import java.time.Duration;
import java.time.Instant;

/**
 * The attempts counted for one key in its current fixed window, and what one more attempt does to
 * them. Pure, so the window logic is tested without a database.
 *
 * @param start when the current window began
 * @param hits attempts allowed in it so far
 */
public record RateWindow(Instant start, int hits) {

    /** The outcome of one attempt: the window to store, and how long to wait when it was refused. */
    public record Decision(RateWindow window, boolean allowed, Duration retryAfter) {}

    /**
     * One more attempt at {@code now}: a window that has run out starts afresh; within the window the
     * attempt is allowed while fewer than {@code max} were; a refused attempt is not counted.
     *
     * @param current the stored window, or null when the key was never seen
     */
    public static Decision attempt(RateWindow current, Instant now, int max, Duration window) {
        if (current == null || !now.isBefore(current.start().plus(window)) || now.isBefore(current.start())) {
            return new Decision(new RateWindow(now, 1), max >= 1, max >= 1 ? Duration.ZERO : window);
        }
        if (current.hits() < max) {
            return new Decision(new RateWindow(current.start(), current.hits() + 1), true, Duration.ZERO);
        }
        return new Decision(
                current, false, Duration.between(now, current.start().plus(window)));
    }

    /** Whole minutes to tell the person, rounded up, at least one. */
    public static long minutesToWait(Duration retryAfter) {
        long seconds = Math.max(0, retryAfter.toSeconds());
        return Math.max(1, (seconds + 59) / 60);
    }
}
