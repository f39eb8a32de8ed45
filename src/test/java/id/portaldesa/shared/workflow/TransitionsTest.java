package id.portaldesa.shared.workflow;

import static id.portaldesa.shared.workflow.TransitionsTest.Sample.CLOSED;
import static id.portaldesa.shared.workflow.TransitionsTest.Sample.DONE;
import static id.portaldesa.shared.workflow.TransitionsTest.Sample.NEW;
import static id.portaldesa.shared.workflow.TransitionsTest.Sample.WORKING;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.shared.BusinessException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TransitionsTest {

    enum Sample {
        NEW,
        WORKING,
        DONE,
        CLOSED
    }

    static final Transitions<Sample> FLOW = Transitions.of("sample", Sample.class)
            .startIn(NEW)
            .allow(NEW, WORKING, CLOSED)
            .allow(WORKING, DONE)
            .build();

    @Test
    void only_declared_moves_are_allowed() {
        assertTrue(FLOW.allows(NEW, WORKING));
        assertTrue(FLOW.allows(NEW, CLOSED));
        assertTrue(FLOW.allows(WORKING, DONE));
        assertFalse(FLOW.allows(WORKING, NEW), "no way back unless declared");
        assertFalse(FLOW.allows(NEW, DONE), "no skipping");
        assertFalse(FLOW.allows(DONE, CLOSED), "a state without moves is final");
        assertFalse(FLOW.allows(NEW, null));
    }

    @Test
    void a_record_starts_only_in_a_declared_first_state() {
        assertTrue(FLOW.allows(null, NEW));
        assertFalse(FLOW.allows(null, WORKING));
        assertEquals(Set.of(NEW), FLOW.next(null));
    }

    @Test
    void a_refused_move_names_both_states() {
        BusinessException e = assertThrows(BusinessException.class, () -> FLOW.check(DONE, NEW));
        assertEquals("workflow.notAllowed", e.getMessageKey());
        assertArrayEquals(new Object[] {"DONE", "NEW"}, e.getArguments());
        assertArrayEquals(
                new Object[] {"START", "DONE"},
                assertThrows(BusinessException.class, () -> FLOW.check(null, DONE))
                        .getArguments());
    }

    @Test
    void each_move_has_its_own_message_key() {
        assertEquals("workflow.sample.NEW.WORKING", FLOW.messageKey(NEW, WORKING));
        assertEquals("workflow.sample.START.NEW", FLOW.messageKey(null, NEW));
        assertEquals(
                List.of(
                        "workflow.sample.START.NEW",
                        "workflow.sample.NEW.WORKING",
                        "workflow.sample.NEW.CLOSED",
                        "workflow.sample.WORKING.DONE"),
                FLOW.messageKeys());
        assertEquals(
                FLOW.messageKey(WORKING, DONE),
                Transitions.keyOf("sample", "WORKING", "DONE"),
                "history uses the same");
    }

    @Test
    void the_table_cannot_be_changed_after_it_is_built() {
        assertEquals(Set.of(WORKING, CLOSED), FLOW.next(NEW));
        assertThrows(UnsupportedOperationException.class, () -> FLOW.next(NEW).add(DONE));
        assertEquals(Set.of(), FLOW.next(DONE));
    }

    @Test
    void a_table_must_make_sense() {
        assertThrows(IllegalArgumentException.class, () -> Transitions.of("Letter requests", Sample.class));
        assertThrows(
                IllegalArgumentException.class,
                () -> Transitions.of("sample", Sample.class).allow(NEW, NEW));
        assertThrows(
                IllegalStateException.class,
                () -> Transitions.of("sample", Sample.class).allow(NEW, DONE).build());
    }
}
