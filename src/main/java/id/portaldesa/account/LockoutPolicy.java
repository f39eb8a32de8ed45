package id.portaldesa.account;

import java.time.Duration;
import java.time.Instant;

/**
 * When repeated failed logins lock an account or a client address, and for how long. An account is
 * locked after {@code maxFailures} failures within {@code window}; each new lock after that doubles,
 * up to a day. Pure logic, so the rule can be tested without a clock or a database.
 */
public record LockoutPolicy(int maxFailures, Duration window, Duration lockFor) {

    /** Per account: 5 failures in 15 minutes lock it for 15 minutes. */
    public static final LockoutPolicy ACCOUNT = new LockoutPolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(15));

    /** Per client address: generous enough for a shared village office connection. */
    public static final LockoutPolicy ADDRESS = new LockoutPolicy(30, Duration.ofMinutes(15), Duration.ofMinutes(15));

    private static final Duration LONGEST_LOCK = Duration.ofDays(1);

    /** Failures counted since {@code windowStart}; {@code lockedUntil} is null when not locked. */
    public record State(int failures, Instant windowStart, Instant lockedUntil) {}

    public boolean isLocked(State state, Instant now) {
        return state.lockedUntil() != null && now.isBefore(state.lockedUntil());
    }

    public Duration remaining(State state, Instant now) {
        return isLocked(state, now) ? Duration.between(now, state.lockedUntil()) : Duration.ZERO;
    }

    public State afterFailure(State state, Instant now) {
        // A count starts afresh only after a quiet window; failing soon after a lock escalates it.
        Instant quietFrom = state.lockedUntil() == null ? state.windowStart() : state.lockedUntil();
        boolean fresh = !now.isBefore(quietFrom.plus(window));
        int failures = fresh ? 1 : state.failures() + 1;
        Instant windowStart = fresh ? now : state.windowStart();
        if (failures < maxFailures) {
            return new State(failures, windowStart, fresh ? null : state.lockedUntil());
        }
        int locksSoFar = failures - maxFailures;
        Duration lock = lockFor.multipliedBy(1L << Math.min(locksSoFar, 10));
        return new State(failures, windowStart, now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock));
    }

    public State afterSuccess(Instant now) {
        return new State(0, now, null);
    }
}
