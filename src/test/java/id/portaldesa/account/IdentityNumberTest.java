package id.portaldesa.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.portaldesa.village.RegionCode;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class IdentityNumberTest {

    final Predicate<RegionCode> merangin = code -> code.value().equals("15.02.02");

    @Test
    void acceptsAPlausibleNikAndKk() {
        assertEquals(Optional.empty(), IdentityNumber.problem(IdentityNumber.Kind.NIK, "1502021205900001", merangin));
        assertEquals(Optional.empty(), IdentityNumber.problem(IdentityNumber.Kind.KK, "1502020101200001", merangin));
    }

    @Test
    void womenHaveFortyAddedToTheBirthDay() {
        assertEquals(Optional.empty(), IdentityNumber.problem(IdentityNumber.Kind.NIK, "1502025205900001", merangin));
        assertEquals(
                Optional.of("account.kk.format"),
                IdentityNumber.problem(IdentityNumber.Kind.KK, "1502025205900001", merangin));
    }

    @Test
    void rejectsMalformedNumbers() {
        for (String bad : new String[] {
            "150202120590000",
            "15020212059000012",
            "15020212059O0001",
            "1502023205900001",
            "1502021213900001",
            "1502021205900000",
            ""
        }) {
            assertEquals(
                    Optional.of("account.nik.format"),
                    IdentityNumber.problem(IdentityNumber.Kind.NIK, bad, merangin),
                    bad);
        }
    }

    @Test
    void rejectsUnknownRegionCodes() {
        assertEquals(
                Optional.of("account.nik.region"),
                IdentityNumber.problem(IdentityNumber.Kind.NIK, "9902021205900001", merangin));
        assertEquals(
                Optional.of("account.kk.region"),
                IdentityNumber.problem(IdentityNumber.Kind.KK, "9902020101200001", merangin));
    }

    @Test
    void masksAllButTheFirstAndLastFourDigits() {
        assertEquals("1502••••••••0001", IdentityNumber.mask("1502021205900001"));
    }
}
