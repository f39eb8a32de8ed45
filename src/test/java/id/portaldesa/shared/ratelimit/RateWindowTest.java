package id.portaldesa.shared.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateWindowTest {

    static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
    static final Duration HOUR = Duration.ofHours(1);

    @Test
    void allowsMaxAttemptsPerWindowThenSaysHowLongToWait() {
        RateWindow window = null;
        for (int i = 1; i <= 3; i++) {
            RateWindow.Decision d = RateWindow.attempt(window, T0.plusSeconds(i), 3, HOUR);
            assertTrue(d.allowed(), "attempt " + i);
            window = d.window();
        }
        assertEquals(new RateWindow(T0.plusSeconds(1), 3), window, "the window starts at the first attempt");

        RateWindow.Decision refused = RateWindow.attempt(window, T0.plus(Duration.ofMinutes(20)), 3, HOUR);
        assertFalse(refused.allowed());
        assertEquals(window, refused.window(), "a refused attempt is not counted");
        assertEquals(Duration.ofMinutes(40).plusSeconds(1), refused.retryAfter());
        assertEquals(41, RateWindow.minutesToWait(refused.retryAfter()));
    }

    @Test
    void aNewWindowStartsWhenTheOldOneHasRunOut() {
        RateWindow full = new RateWindow(T0, 3);
        assertFalse(
                RateWindow.attempt(full, T0.plus(HOUR).minusMillis(1), 3, HOUR).allowed());
        RateWindow.Decision next = RateWindow.attempt(full, T0.plus(HOUR), 3, HOUR);
        assertTrue(next.allowed());
        assertEquals(new RateWindow(T0.plus(HOUR), 1), next.window());
    }

    @Test
    void aWindowFromTheFutureDoesNotLockAnyoneOut() {
        // A node whose clock ran ahead wrote the window; it must not block for longer than one window.
        RateWindow ahead = new RateWindow(T0.plus(Duration.ofDays(1)), 3);
        assertTrue(RateWindow.attempt(ahead, T0, 3, HOUR).allowed());
    }

    @Test
    void waitIsAtLeastOneMinuteAndRoundedUp() {
        assertEquals(1, RateWindow.minutesToWait(Duration.ofSeconds(1)));
        assertEquals(1, RateWindow.minutesToWait(Duration.ZERO));
        assertEquals(2, RateWindow.minutesToWait(Duration.ofSeconds(61)));
        assertEquals(60, RateWindow.minutesToWait(HOUR));
    }
}
