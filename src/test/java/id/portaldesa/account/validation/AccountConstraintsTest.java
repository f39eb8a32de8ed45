package id.portaldesa.account.validation;

import static id.portaldesa.shared.validation.Validators.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.portaldesa.account.Registration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountConstraintsTest {

    static final String NIK = "1502024107900004";
    static final String KK = "1502021503100007";

    Registration registration(String password, String nik, String kk) {
        return new Registration("Sari", "sari@example.test", password, nik, kk);
    }

    @Test
    void aPlausibleRegistrationPasses() {
        assertEquals(Set.of(), problems(registration("rahasia-sekali", NIK, KK)));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "150202410790000", // 15 digits
                "15020241079000041", // 17 digits
                "1502023205900004", // 32 May
                "1502027205900004", // 32 May for a woman (day + 40)
                "1502024113900004", // month 13
                "1502024107900000", // serial 0000
                "15020241079o0004",
            })
    void implausibleNiksAreRefused(String nik) {
        assertEquals(Set.of("{account.nik.format}"), problems(registration("rahasia-sekali", nik, KK)));
    }

    @Test
    void aWomansBirthDayHasFortyAdded() {
        assertEquals(Set.of(), problems(registration("rahasia-sekali", "1502027105900004", KK)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"150202150310000", "1502023102100007", "1502021503100000"})
    void implausibleFamilyCardNumbersAreRefused(String kk) {
        assertEquals(Set.of("{account.kk.format}"), problems(registration("rahasia-sekali", NIK, kk)));
    }

    @Test
    void aFamilyCardDateGetsNoFortyAdded() {
        assertEquals(Set.of("{account.kk.format}"), problems(registration("rahasia-sekali", NIK, "1502025503100007")));
    }

    @Test
    void passwordsHaveTenToTwoHundredCharacters() {
        assertEquals(Set.of("{account.password.size}"), problems(registration("sembilan9", NIK, KK)));
        assertEquals(Set.of(), problems(registration("sepuluh-10", NIK, KK)));
        assertEquals(Set.of(), problems(registration("x".repeat(200), NIK, KK)));
        assertEquals(Set.of("{account.password.size}"), problems(registration("x".repeat(201), NIK, KK)));
    }

    @Test
    void everyIdentityNumberAndPasswordIsRequired() {
        assertEquals(
                Set.of("{jakarta.validation.constraints.NotBlank.message}"),
                problems(registration("rahasia-sekali", null, KK)));
        assertEquals(
                Set.of("{jakarta.validation.constraints.NotBlank.message}", "{account.password.size}"),
                problems(registration("", NIK, KK)));
    }
}
