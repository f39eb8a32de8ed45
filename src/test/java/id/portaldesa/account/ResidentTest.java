package id.portaldesa.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ResidentTest {

    static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");

    Resident resident() {
        return new Resident(1, 2, "cipher", "hash", "kk-cipher", "kk-hash", T0);
    }

    @Test
    void editsAfterConfirmationAskForAnotherLookButKeepTheIdentityConfirmed() {
        Resident r = resident();
        assertFalse(r.isConfirmed());
        assertTrue(r.update(new PersonalData(" Jl. Mawar ", "", null, null, null, null, null, null, null, null), T0));
        assertEquals("Jl. Mawar", r.getPersonalData().address(), "trimmed");
        assertNull(r.getPersonalData().hamlet(), "blank is no value");
        assertFalse(r.isChangedSinceConfirmation(), "no confirmation yet");

        r.confirm(7, ConfirmationMethod.COUNTER, T0.plusSeconds(60));
        assertTrue(r.isConfirmed());
        assertFalse(r.update(r.getPersonalData(), T0.plusSeconds(120)), "the same data is no change");
        assertFalse(r.isChangedSinceConfirmation());

        PersonalData moved = new PersonalData(
                "Jl. Melati", null, "1", "2", "Bangko", LocalDate.of(1990, 1, 1), Sex.MALE, null, null, null);
        assertTrue(r.update(moved, T0.plusSeconds(180)));
        assertTrue(r.isChangedSinceConfirmation());
        assertTrue(r.isConfirmed());
        r.confirm(7, ConfirmationMethod.DOCUMENT_SCAN, T0.plusSeconds(240));
        assertFalse(r.isChangedSinceConfirmation());
    }

    @Test
    void givingUpTheNikEndsConfirmationAndAccess() {
        Resident r = resident();
        r.confirm(7, ConfirmationMethod.COUNTER, T0);
        r.giveUpNik();
        assertFalse(r.hasNik());
        assertFalse(r.isConfirmed());
        assertNull(r.getConfirmedAt());
        assertEquals(ResidentState.DISPUTED, r.getState());
    }

    @Test
    void aDisabledResidentIsNotConfirmed() {
        Resident r = resident();
        r.confirm(7, ConfirmationMethod.COUNTER, T0);
        r.setState(ResidentState.DISABLED);
        assertFalse(r.isConfirmed());
    }
}
