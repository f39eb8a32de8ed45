package id.portaldesa.notify;

import java.time.Duration;

/** Delays between delivery attempts: 30 s, 1 min, 2 min … capped at one hour; gives up after 12 tries. */
public record RetrySchedule(Duration first, Duration longest, int maxAttempts) {

    public static final RetrySchedule DEFAULT = new RetrySchedule(Duration.ofSeconds(30), Duration.ofHours(1), 12);

    /** The wait after the given number of failed attempts (1 = the first failure). */
    public Duration delayAfter(int failedAttempts) {
        Duration delay = first.multipliedBy(1L << Math.min(Math.max(failedAttempts - 1, 0), 20));
        return delay.compareTo(longest) > 0 ? longest : delay;
    }

    public boolean givesUpAfter(int failedAttempts) {
        return failedAttempts >= maxAttempts;
    }
}
