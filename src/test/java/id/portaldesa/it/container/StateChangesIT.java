package id.portaldesa.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.account.AccountRepository;
import id.portaldesa.account.Registration;
import id.portaldesa.account.RegistrationService;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.workflow.StateChange;
import id.portaldesa.shared.workflow.StateChanged;
import id.portaldesa.shared.workflow.StateChanges;
import id.portaldesa.shared.workflow.Transitions;
import id.portaldesa.village.VillageRef;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The one history of workflow moves, on the real database: recorded, announced, kept per village. */
@ExtendWith(ArquillianExtension.class)
class StateChangesIT {

    enum Request {
        SUBMITTED,
        IN_REVIEW,
        DONE
    }

    static final Transitions<Request> FLOW = Transitions.of("itRequest", Request.class)
            .startIn(Request.SUBMITTED)
            .allow(Request.SUBMITTED, Request.IN_REVIEW)
            .allow(Request.IN_REVIEW, Request.DONE)
            .build();

    @Inject
    Fixtures fixtures;

    @Inject
    StateChanges stateChanges;

    @Inject
    StateChangeRecorder recorder;

    @Inject
    RegistrationService registrations;

    @Inject
    AccountRepository accounts;

    @Test
    void moves_are_recorded_in_order_and_announced_after_commit() {
        VillageRef village = fixtures.freshVillage();
        fixtures.actFor(village);
        long actor = someAccount();
        long subject = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);

        stateChanges.move(FLOW, subject, null, Request.SUBMITTED, actor, "  ");
        stateChanges.move(FLOW, subject, Request.SUBMITTED, Request.IN_REVIEW, actor, "  Diperiksa sekdes ");
        stateChanges.move(FLOW, subject, Request.IN_REVIEW, Request.DONE, null, null);

        List<StateChange> history = stateChanges.historyOf("itRequest", subject);
        assertEquals(3, history.size());
        assertNull(history.get(0).getFromState());
        assertEquals("workflow.itRequest.START.SUBMITTED", history.get(0).getMessageKey());
        assertNull(history.get(0).getNote(), "a blank note is no note");
        assertEquals("SUBMITTED", history.get(1).getFromState());
        assertEquals("IN_REVIEW", history.get(1).getToState());
        assertEquals("Diperiksa sekdes", history.get(1).getNote());
        assertEquals(actor, history.get(1).getActorAccountId());
        assertNull(history.get(2).getActorAccountId(), "moved by the system");
        assertEquals(village.id(), history.get(2).getVillageId());
        assertTrue(!history.get(2).getChangedAt().isBefore(history.get(0).getChangedAt()));

        List<StateChanged> fired = recorder.firedAbout(subject);
        assertEquals(3, fired.size(), "one event per move");
        assertEquals(history.get(1).getId(), fired.get(1).id());
        assertEquals("workflow.itRequest.SUBMITTED.IN_REVIEW", fired.get(1).messageKey());
        assertEquals(village.id(), fired.get(1).villageId());
        assertEquals(fired, recorder.committedAbout(subject), "all three were committed");
    }

    @Test
    void a_move_the_table_does_not_allow_records_and_announces_nothing() {
        fixtures.actFor(fixtures.freshVillage());
        long subject = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        stateChanges.move(FLOW, subject, null, Request.SUBMITTED, null, null);

        BusinessException refused = assertThrows(
                BusinessException.class,
                () -> stateChanges.move(FLOW, subject, Request.SUBMITTED, Request.DONE, null, "lompat"));
        assertEquals("workflow.notAllowed", refused.getMessageKey());
        assertEquals(1, stateChanges.historyOf("itRequest", subject).size());
        assertEquals(1, recorder.firedAbout(subject).size());
    }

    @Test
    void village_b_cannot_read_the_history_of_village_a() {
        VillageRef a = fixtures.freshVillage();
        VillageRef b = fixtures.freshVillage();
        long subject = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        fixtures.actFor(a);
        stateChanges.move(FLOW, subject, null, Request.SUBMITTED, null, "milik A");

        fixtures.actFor(b);
        assertEquals(List.of(), stateChanges.historyOf("itRequest", subject), "A's record has no history in B");
        stateChanges.move(FLOW, subject, null, Request.SUBMITTED, null, "milik B");
        assertEquals(1, stateChanges.historyOf("itRequest", subject).size());
        assertEquals(
                "milik B", stateChanges.historyOf("itRequest", subject).get(0).getNote());

        fixtures.actFor(a);
        List<StateChange> ofA = stateChanges.historyOf("itRequest", subject);
        assertEquals(1, ofA.size(), "B's record with the same id stays in B");
        assertEquals("milik A", ofA.get(0).getNote());
    }

    private long someAccount() {
        String email = Fixtures.email("warga-wf");
        registrations.register(
                new Registration("Warga", email, "rahasia-sekali", Fixtures.nik(), Fixtures.kk()),
                Locale.forLanguageTag("id"));
        return accounts.findByEmail(email).orElseThrow().getId();
    }
}
