package id.portaldesa.participation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Complaint moves, SLA and reopening windows, and the reference read out over the phone. */
class ComplaintRulesTest {

    static final Instant T = Instant.parse("2026-12-01T02:00:00Z");

    @Test
    void aGuestsComplaintEntersTheQueueOnlyThroughTheConfirmation() {
        var flow = ComplaintState.FLOW;
        assertTrue(flow.allows(null, ComplaintState.UNCONFIRMED));
        assertTrue(flow.allows(ComplaintState.UNCONFIRMED, ComplaintState.NEW));
        assertFalse(flow.allows(ComplaintState.UNCONFIRMED, ComplaintState.ASSIGNED));
        assertFalse(flow.allows(ComplaintState.UNCONFIRMED, ComplaintState.RESOLVED));
        assertTrue(flow.allows(ComplaintState.RESOLVED, ComplaintState.IN_PROGRESS), "reopened");
        assertFalse(flow.allows(ComplaintState.REJECTED, ComplaintState.IN_PROGRESS), "rejected is final");
        assertFalse(ComplaintState.UNCONFIRMED.isOpen(), "not in the queue: no SLA runs");
    }

    @Test
    void overdueIsAnOpenComplaintPastItsCategorysHours() {
        Instant due = Sla.dueAt(T, Category.HEALTH.defaultSlaHours());
        assertEquals(T.plus(Duration.ofHours(24)), due);
        assertFalse(Sla.overdue(ComplaintState.NEW, due, due));
        assertTrue(Sla.overdue(ComplaintState.NEW, due, due.plusSeconds(1)));
        assertTrue(Sla.overdue(ComplaintState.IN_PROGRESS, due, due.plusSeconds(1)));
        assertFalse(Sla.overdue(ComplaintState.RESOLVED, due, due.plusSeconds(1)), "answered in time or not, done");
        assertFalse(Sla.overdue(ComplaintState.UNCONFIRMED, due, due.plusSeconds(1)));
    }

    @Test
    void aResolvedComplaintIsReopenableForFourteenDays() {
        assertTrue(Sla.reopenable(ComplaintState.RESOLVED, T, T.plus(Duration.ofDays(14))));
        assertFalse(Sla.reopenable(
                ComplaintState.RESOLVED, T, T.plus(Duration.ofDays(14)).plusSeconds(1)));
        assertFalse(Sla.reopenable(ComplaintState.REJECTED, T, T.plusSeconds(1)));
    }

    @Test
    void theReferenceIsShortAndReadable() {
        assertEquals(
                "KGK-P-2612-0042",
                ComplaintReferences.format(
                        ComplaintReferences.prefixOf("Kungkai"),
                        ComplaintReferences.period(YearMonth.of(2026, 12)),
                        42));
        assertEquals("SPS", ComplaintReferences.prefixOf("Sungai Kapas"));
        assertEquals("DS", ComplaintReferences.prefixOf("—"));
    }
}
