package id.portaldesa.platform.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Facts folded from recorded changes, and the figures of a month computed from them. */
class FiguresTest {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    static final ZoneId WIT = ZoneId.of("Asia/Jayapura");
    static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

    private long ids;

    private Instant hours(double h) {
        return T0.plus(Duration.ofMinutes(Math.round(h * 60)));
    }

    private Fact letter(long id, String type, Object... moves) {
        Fact f = new Fact(1, Workflow.LETTERS, id);
        for (int i = 0; i < moves.length; i += 3) {
            f.apply(++ids, (String) moves[i], (String) moves[i + 1], (Instant) moves[i + 2], type, null);
        }
        return f;
    }

    @Test
    void timeReturnedToTheResidentIsLeftOutOfTheNetDuration() {
        Fact f = letter(
                1,
                "SKD",
                null,
                "SUBMITTED",
                hours(0),
                "SUBMITTED",
                "RETURNED",
                hours(2),
                "RETURNED",
                "SUBMITTED",
                hours(26),
                "SUBMITTED",
                "RETURNED",
                hours(27),
                "RETURNED",
                "AWAITING_CONFIRMATION",
                hours(30),
                "AWAITING_CONFIRMATION",
                "SUBMITTED",
                hours(31),
                "SUBMITTED",
                "CHECKED",
                hours(32),
                "CHECKED",
                "SIGNED",
                hours(33),
                "SIGNED",
                "ISSUED",
                hours(34));
        assertEquals(34 * 3600L, f.doneSeconds());
        assertEquals((24 + 3) * 3600L, f.returnedSeconds());
        assertEquals(7 * 3600L, f.netSeconds());
        assertEquals("SKD", f.kind());
    }

    @Test
    void aChangeAppliedTwiceCountsOnce() {
        Fact f = new Fact(1, Workflow.LETTERS, 1);
        f.apply(5, null, "SUBMITTED", hours(0), "SKD", null);
        f.apply(6, "SUBMITTED", "RETURNED", hours(1), "SKD", null);
        f.apply(7, "RETURNED", "SUBMITTED", hours(3), "SKD", null);
        f.apply(7, "RETURNED", "SUBMITTED", hours(3), "SKD", null);
        assertEquals(2 * 3600L, f.returnedSeconds());
    }

    @Test
    void mediansAndNinetiethPercentilesOfTheMonthsIssuedLetters() {
        List<Fact> facts = new ArrayList<>();
        // Issued after 1, 2, ..., 10 hours; the even ones spent one hour returned.
        for (int i = 1; i <= 10; i++) {
            if (i % 2 == 0) {
                facts.add(letter(
                        i,
                        "SKD",
                        null,
                        "SUBMITTED",
                        hours(0),
                        "SUBMITTED",
                        "RETURNED",
                        hours(0.25),
                        "RETURNED",
                        "SUBMITTED",
                        hours(1.25),
                        "SUBMITTED",
                        "SIGNED",
                        hours(i - 0.1),
                        "SIGNED",
                        "ISSUED",
                        hours(i)));
            } else {
                facts.add(letter(
                        i,
                        "SKD",
                        null,
                        "SUBMITTED",
                        hours(0),
                        "SUBMITTED",
                        "SIGNED",
                        hours(i - 0.1),
                        "SIGNED",
                        "ISSUED",
                        hours(i)));
            }
        }
        facts.add(letter(11, "SKD", null, "SUBMITTED", hours(0), "SUBMITTED", "REJECTED", hours(1)));
        facts.add(letter(12, "SKU", null, "AWAITING_CONFIRMATION", hours(0)));
        Figures march = Figures.of(facts, WIB, Set.of(202603));
        assertEquals(12, march.received());
        assertEquals(10, march.done());
        assertEquals(10, march.receivedDone());
        assertEquals(83L, march.shareDone()); // 10 of 12
        assertEquals(5 * 3600L, march.medianDone()); // rank 5 of 1..10 h
        assertEquals(9 * 3600L, march.p90Done()); // rank 9
        // Net: 1,1,3,3,5,5,7,7,9,9 hours → rank 5 is 5 h, rank 9 is 9 h.
        assertEquals(5 * 3600L, march.medianNet());
        assertEquals(9 * 3600L, march.p90Net());
        assertEquals(Figures.NONE, Figures.of(facts, WIB, Set.of(202604)));
    }

    @Test
    void theMonthIsTheVillagesOwn() {
        // 16:30 UTC on 31 March is 23:30 WIB (still March), 00:30 WITA and 01:30 WIT (April).
        Instant lateMarch = Instant.parse("2026-03-31T16:30:00Z");
        Fact f = new Fact(1, Workflow.ASPIRATIONS, 1);
        f.apply(1, null, "SUBMITTED", lateMarch, null, null);
        List<Fact> facts = List.of(f);
        assertEquals(1, Figures.of(facts, WIB, Set.of(202603)).received());
        assertEquals(0, Figures.of(facts, WIB, Set.of(202604)).received());
        assertEquals(1, Figures.of(facts, WITA, Set.of(202604)).received());
        assertEquals(1, Figures.of(facts, WIT, Set.of(202604)).received());
        assertEquals(1, Figures.of(facts, ZoneId.of("UTC"), Set.of(202603)).received());
        // 23:30 WIB on 31 March, one hour later: 00:30 WIB on 1 April.
        assertEquals(Integer.valueOf(202604), Fact.monthOf(lateMarch.plus(Duration.ofHours(1)), WIB));
    }

    @Test
    void complaintsFirstResponseResolutionAndTarget() {
        List<Fact> facts = new ArrayList<>();
        Fact onTime = new Fact(1, Workflow.COMPLAINTS, 1);
        onTime.apply(1, null, "NEW", hours(0), "ROADS", 72);
        onTime.apply(2, "NEW", "ASSIGNED", hours(3), "ROADS", null);
        onTime.apply(3, "ASSIGNED", "RESOLVED", hours(72), "ROADS", null); // exactly at the target
        facts.add(onTime);
        Fact late = new Fact(1, Workflow.COMPLAINTS, 2);
        late.apply(4, null, "UNCONFIRMED", hours(-5), "WASTE", null);
        late.apply(5, "UNCONFIRMED", "NEW", hours(0), "WASTE", 24);
        late.apply(6, "NEW", "IN_PROGRESS", hours(1), "WASTE", null);
        late.apply(7, "IN_PROGRESS", "RESOLVED", hours(10), "WASTE", null);
        late.apply(8, "RESOLVED", "IN_PROGRESS", hours(20), "WASTE", null); // reopened
        late.apply(9, "IN_PROGRESS", "RESOLVED", hours(30), "WASTE", null);
        facts.add(late);
        Fact open = new Fact(1, Workflow.COMPLAINTS, 3);
        open.apply(10, null, "NEW", hours(0), "OTHER", 48);
        facts.add(open);
        Fact unconfirmed = new Fact(1, Workflow.COMPLAINTS, 4);
        unconfirmed.apply(11, null, "UNCONFIRMED", hours(0), "OTHER", null);
        facts.add(unconfirmed);

        assertEquals(30 * 3600L, late.doneSeconds()); // entering the queue to the last resolution
        assertFalse(late.withinTarget());
        assertTrue(onTime.withinTarget());
        assertTrue(open.open());
        assertEquals(hours(48), open.dueAt());
        Figures march = Figures.of(facts, WIB, Set.of(202603));
        assertEquals(3, march.received()); // the unconfirmed one is not in the queue
        assertEquals(2, march.done());
        assertEquals(2, march.withTarget());
        assertEquals(1, march.withinTarget());
        assertEquals(50L, march.shareWithinTarget());
        assertEquals(1 * 3600L, march.medianResponse()); // 1 h and 3 h: rank 1
        assertEquals(30 * 3600L, march.medianDone()); // 72 h and 30 h: rank 1
    }

    @Test
    void aReopenedComplaintIsNotResolvedUntilResolvedAgain() {
        Fact f = new Fact(1, Workflow.COMPLAINTS, 1);
        f.apply(1, null, "NEW", hours(0), "ROADS", 24);
        f.apply(2, "NEW", "RESOLVED", hours(1), "ROADS", null);
        f.apply(3, "RESOLVED", "IN_PROGRESS", hours(2), "ROADS", null);
        assertNull(f.doneAt());
        assertTrue(f.open());
        assertEquals(1 * 3600L, f.responseSeconds());
    }

    @Test
    void aspirationsAnsweredOnceAndAcceptedWhilePlannedOrCarriedOut() {
        Fact planned = new Fact(1, Workflow.ASPIRATIONS, 1);
        planned.apply(1, null, "SUBMITTED", hours(0), null, null);
        planned.apply(2, "SUBMITTED", "PUBLISHED", hours(1), null, null);
        planned.apply(3, "PUBLISHED", "UNDER_REVIEW", hours(5), null, null);
        planned.apply(4, "UNDER_REVIEW", "PLANNED", hours(50), null, null);
        Fact refused = new Fact(1, Workflow.ASPIRATIONS, 2);
        refused.apply(5, null, "SUBMITTED", hours(0), null, null);
        refused.apply(6, "SUBMITTED", "REJECTED", hours(1), null, null);
        Figures march = Figures.of(List.of(planned, refused), WIB, Set.of(202603));
        assertEquals(2, march.received());
        assertEquals(1, march.done());
        assertEquals(1, march.accepted());
        assertEquals(5 * 3600L, march.medianDone()); // the first answer, not the last
    }

    @Test
    void theYearsShareWithinTargetIsWithheldWhenItLessTheMonthsShownLeavesFewerThanFive() {
        List<Fact> facts = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            facts.add(complaint(400 + i, 1, 10)); // March: five resolved within their 24 hours
        }
        facts.add(aprilComplaintResolvedAfter(401, 30)); // April: one, late
        VillageFigures shown = VillageMetrics.shownPublicly(twoMonthsOfComplaints(facts));
        assertEquals(100L, shown.complaints().get(0).shareWithinTarget(), "March: five");
        assertNull(shown.complaints().get(1).shareWithinTarget(), "April: one");
        // 83 % of six less 100 % of March's five: April's one complaint was late.
        assertNull(shown.complaintsTotal().shareWithinTarget());
        assertEquals(6, shown.complaintsTotal().done(), "counts stay");
        assertTrue(shown.withholds());

        for (int i = 2; i <= 5; i++) {
            facts.add(aprilComplaintResolvedAfter(400 + i, 10));
        }
        VillageFigures fiveInApril = VillageMetrics.shownPublicly(twoMonthsOfComplaints(facts));
        assertEquals(90L, fiveInApril.complaintsTotal().shareWithinTarget(), "nothing fewer than five to subtract");
    }

    private Fact aprilComplaintResolvedAfter(long id, long hours) {
        Instant t = Instant.parse("2026-04-06T01:00:00Z");
        Fact f = new Fact(1, Workflow.COMPLAINTS, id);
        f.apply(++ids, null, "NEW", t, "ROADS", 24);
        f.apply(++ids, "NEW", "IN_PROGRESS", t.plusSeconds(3600), "ROADS", null);
        f.apply(++ids, "IN_PROGRESS", "RESOLVED", t.plusSeconds(hours * 3600), "ROADS", null);
        return f;
    }

    private static VillageFigures twoMonthsOfComplaints(List<Fact> facts) {
        return new VillageFigures(
                1,
                List.of(java.time.YearMonth.of(2026, 3), java.time.YearMonth.of(2026, 4)),
                List.of(Figures.NONE, Figures.NONE),
                List.of(Figures.of(facts, WIB, Set.of(202603)), Figures.of(facts, WIB, Set.of(202604))),
                List.of(Figures.NONE, Figures.NONE),
                List.of(),
                Figures.NONE,
                Figures.of(facts, WIB, Set.of(202603, 202604)),
                Figures.NONE);
    }

    private Fact complaint(long id, double respondedAfter, double resolvedAfter) {
        Fact f = new Fact(1, Workflow.COMPLAINTS, id);
        f.apply(++ids, null, "NEW", hours(0), "ROADS", 24);
        f.apply(++ids, "NEW", "IN_PROGRESS", hours(respondedAfter), "ROADS", null);
        f.apply(++ids, "IN_PROGRESS", "RESOLVED", hours(resolvedAfter), "ROADS", null);
        return f;
    }

    private List<Fact> issued(int n) {
        List<Fact> facts = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            facts.add(letter(100 + i, "SKD", null, "SUBMITTED", hours(0), "SUBMITTED", "ISSUED", hours(i)));
        }
        return facts;
    }

    @Test
    void fewerThanFiveItemsShowNoTimeNorSharePubliclyButTheirCounts() {
        Figures four = Figures.of(issued(4), WIB, Set.of(202603)).shownPublicly();
        assertEquals(4, four.received());
        assertEquals(4, four.done());
        assertEquals(100L, four.shareDone(), "counts (and the share issued) stay");
        assertNull(four.medianDone());
        assertNull(four.p90Done());
        assertNull(four.medianNet());
        assertNull(four.p90Net());
        assertTrue(four.withheld());
        Figures five = Figures.of(issued(5), WIB, Set.of(202603)).shownPublicly();
        assertEquals(3 * 3600L, five.medianDone());
        assertEquals(5 * 3600L, five.p90Done());
        assertFalse(five.withheld());
        assertEquals(
                Figures.of(issued(4), WIB, Set.of(202603)).medianDone(),
                2 * 3600L,
                "the exact figures (staff pages) keep them");

        List<Fact> complaints = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            complaints.add(complaint(200 + i, 1, 10));
        }
        Figures fourComplaints = Figures.of(complaints, WIB, Set.of(202603)).shownPublicly();
        assertEquals(4, fourComplaints.received());
        assertEquals(4, fourComplaints.done());
        assertNull(fourComplaints.shareWithinTarget());
        assertNull(fourComplaints.medianResponse());
        assertNull(fourComplaints.medianDone());
        complaints.add(complaint(205, 2, 30));
        Figures fiveComplaints = Figures.of(complaints, WIB, Set.of(202603)).shownPublicly();
        assertEquals(80L, fiveComplaints.shareWithinTarget());
        assertEquals(3600L, fiveComplaints.medianResponse());
        assertFalse(fiveComplaints.withheld());
    }

    @Test
    void receivedWhenSubmittedAlsoByAResidentNotYetConfirmedButAGuestComplaintOnlyOnceConfirmed() {
        // LetterState.FLOW starts in SUBMITTED or AWAITING_CONFIRMATION: both are the resident's
        // submission; the wait for the operator to confirm the resident is the office's time.
        Fact unconfirmed = letter(
                1,
                "SKD",
                null,
                "AWAITING_CONFIRMATION",
                hours(0),
                "AWAITING_CONFIRMATION",
                "SUBMITTED",
                hours(30),
                "SUBMITTED",
                "ISSUED",
                hours(40));
        assertEquals(hours(0), unconfirmed.receivedAt());
        assertEquals(40 * 3600L, unconfirmed.doneSeconds());
        assertEquals(40 * 3600L, unconfirmed.netSeconds());
        // Submitted on the last evening of February (WIB), released in March: February's.
        Fact lateFebruary = letter(
                2,
                "SKD",
                null,
                "AWAITING_CONFIRMATION",
                T0.minus(Duration.ofHours(36)),
                "AWAITING_CONFIRMATION",
                "SUBMITTED",
                hours(1));
        assertEquals(1, Figures.of(List.of(lateFebruary), WIB, Set.of(202602)).received());
        assertEquals(0, Figures.of(List.of(lateFebruary), WIB, Set.of(202603)).received());

        // A guest's complaint waits for its email confirmation: not received before it enters NEW.
        Fact guest = new Fact(1, Workflow.COMPLAINTS, 3);
        guest.apply(++ids, null, "UNCONFIRMED", hours(0), "ROADS", null);
        assertNull(guest.receivedAt());
        assertEquals(0, Figures.of(List.of(guest), WIB, Set.of(202603)).received());
        guest.apply(++ids, "UNCONFIRMED", "NEW", hours(5), "ROADS", 24);
        guest.apply(++ids, "NEW", "ASSIGNED", hours(6), "ROADS", null);
        guest.apply(++ids, "ASSIGNED", "RESOLVED", hours(25), "ROADS", null);
        assertEquals(hours(5), guest.receivedAt());
        assertEquals(3600L, guest.responseSeconds());
        assertEquals(20 * 3600L, guest.doneSeconds());
        assertTrue(guest.withinTarget(), "the target counts from the confirmation");

        // An aspiration is received when submitted, not when the admin publishes it.
        Fact aspiration = new Fact(1, Workflow.ASPIRATIONS, 4);
        aspiration.apply(++ids, null, "SUBMITTED", hours(0), null, null);
        aspiration.apply(++ids, "SUBMITTED", "PUBLISHED", hours(48), null, null);
        aspiration.apply(++ids, "PUBLISHED", "UNDER_REVIEW", hours(50), null, null);
        assertEquals(hours(0), aspiration.receivedAt());
        assertEquals(50 * 3600L, aspiration.doneSeconds());
    }
}
