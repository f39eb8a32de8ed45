package id.portaldesa.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    final RetrySchedule schedule = RetrySchedule.DEFAULT;

    @Test
    void delaysGrowAndAreCapped() {
        assertEquals(Duration.ofSeconds(30), schedule.delayAfter(1));
        assertEquals(Duration.ofSeconds(60), schedule.delayAfter(2));
        assertEquals(Duration.ofSeconds(120), schedule.delayAfter(3));
        assertEquals(Duration.ofHours(1), schedule.delayAfter(11));
    }

    @Test
    void givesUpAfterTwelveTries() {
        assertFalse(schedule.givesUpAfter(11));
        assertTrue(schedule.givesUpAfter(12));
    }
}
