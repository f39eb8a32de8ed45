package id.portaldesa.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LockoutPolicyTest {

    final LockoutPolicy policy = LockoutPolicy.PAIR;
    final Instant t0 = Instant.parse("2026-11-23T08:00:00Z");

    LockoutPolicy.State fail(int times, Instant at) {
        LockoutPolicy.State s = new LockoutPolicy.State(0, at, null);
        for (int i = 0; i < times; i++) {
            s = policy.afterFailure(s, at.plusSeconds(i));
        }
        return s;
    }

    @Test
    void fourFailuresDoNotLock() {
        assertFalse(policy.isLocked(fail(4, t0), t0.plusSeconds(5)));
    }

    @Test
    void fifthFailureLocksForFifteenMinutes() {
        LockoutPolicy.State s = fail(5, t0);
        assertTrue(policy.isLocked(s, t0.plusSeconds(10)));
        assertFalse(policy.isLocked(s, t0.plus(Duration.ofMinutes(16))));
    }

    @Test
    void failuresSpreadBeyondTheWindowDoNotAddUp() {
        LockoutPolicy.State s = fail(4, t0);
        s = policy.afterFailure(s, t0.plus(Duration.ofMinutes(20)));
        assertEquals(1, s.failures());
        assertFalse(policy.isLocked(s, t0.plus(Duration.ofMinutes(20))));
    }

    @Test
    void failingAgainAfterALockDoublesTheNextLock() {
        LockoutPolicy.State s = fail(5, t0);
        Instant afterLock = t0.plus(Duration.ofMinutes(16));
        s = policy.afterFailure(s, afterLock);
        assertTrue(policy.isLocked(s, afterLock.plus(Duration.ofMinutes(29))));
    }

    @Test
    void successResetsTheCount() {
        LockoutPolicy.State s = policy.afterSuccess(t0);
        assertEquals(0, s.failures());
        assertFalse(policy.isLocked(s, t0));
    }

    @Test
    void aRightPasswordTakesBackTheFailureCountedBeforeIt() {
        LockoutPolicy.State counted = fail(5, t0); // the fifth was the right password, counted first
        assertTrue(policy.isLocked(counted, t0.plusSeconds(5)));
        LockoutPolicy.State released = policy.afterRelease(counted);
        assertEquals(4, released.failures());
        assertFalse(policy.isLocked(released, t0.plusSeconds(5)), "the lock it set is lifted");
    }

    @Test
    void theAccountWideLimitIsSlowerThanThePairs() {
        LockoutPolicy account = LockoutPolicy.ACCOUNT;
        LockoutPolicy.State s = new LockoutPolicy.State(0, t0, null);
        for (int i = 0; i < 19; i++) {
            s = account.afterFailure(s, t0.plusSeconds(i));
        }
        assertFalse(account.isLocked(s, t0.plusSeconds(30)), "19 failures across addresses do not lock");
        s = account.afterFailure(s, t0.plusSeconds(31));
        assertTrue(account.isLocked(s, t0.plus(Duration.ofMinutes(59))));
        assertFalse(account.isLocked(s, t0.plus(Duration.ofMinutes(61))));
    }
}
