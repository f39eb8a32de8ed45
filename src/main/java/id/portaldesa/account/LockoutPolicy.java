package id.portaldesa.account;

import java.time.Duration;
import java.time.Instant;

/**
 * When repeated failed logins lock, and for how long. A subject (see {@link LoginThrottle.Kind}) is
 * locked after {@code maxFailures} failures within {@code window}; each new lock after that doubles,
 * up to a day. Pure logic, so the rule can be tested without a clock or a database.
 *
 * <p><b>The numbers.</b> Guessing is slowed on three subjects at once:
 *
 * <ul>
 *   <li>{@link #PAIR} one account from one address: 5 failures in 15 minutes lock that pair for 15
 *       minutes (then 30, 60, … up to a day). This is the lock a guesser meets first; it is per
 *       address, so a stranger's failures do not lock the owner out of their own connection.
 *   <li>{@link #ACCOUNT} one account from anywhere: 20 failures in an hour lock it for an hour, but
 *       only for addresses the owner has not logged in from in the last {@link #KNOWN_FOR} (90
 *       days). A guesser spread over many addresses gets at most 20 guesses an hour; the owner at
 *       home, at the village office or on their usual phone carrier still gets in.
 *   <li>{@link #ADDRESS} one address trying many accounts: 30 failures in 15 minutes lock the
 *       address; generous, since a village hall or a mobile carrier puts many people behind one.
 * </ul>
 */
public record LockoutPolicy(int maxFailures, Duration window, Duration lockFor) {

    /** One account from one client address: the lock a guesser meets first. */
    public static final LockoutPolicy PAIR = new LockoutPolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(15));

    /** One account from every address the owner has not used lately: slower, across addresses. */
    public static final LockoutPolicy ACCOUNT = new LockoutPolicy(20, Duration.ofHours(1), Duration.ofHours(1));

    /** Per client address: generous enough for a shared village office connection. */
    public static final LockoutPolicy ADDRESS = new LockoutPolicy(30, Duration.ofMinutes(15), Duration.ofMinutes(15));

    /** An address the owner logged in from within this time is theirs: the account-wide lock spares it. */
    public static final Duration KNOWN_FOR = Duration.ofDays(90);

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

    /**
     * Takes back one failure counted before the password was checked, when the password was right.
     * Below the limit again, a lock that failure set is lifted; a lock from earlier failures stays.
     */
    public State afterRelease(State state) {
        int failures = Math.max(0, state.failures() - 1);
        return new State(failures, state.windowStart(), failures < maxFailures ? null : state.lockedUntil());
    }

    public State afterSuccess(Instant now) {
        return new State(0, now, null);
    }
}
