package id.portaldesa.account;

import static id.portaldesa.account.PhoneNumbers.Kind.MOBILE;
import static id.portaldesa.account.PhoneNumbers.Kind.PHONE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "081234567890",
                "0812-3456-7890",
                "0812 3456 7890",
                "+6281234567890",
                "+62 812-3456-7890",
                "6281234567890",
                "81234567890",
                " (0812) 3456.7890 "
            })
    void everyWayOfWritingAMobileNumberGivesOneStoredForm(String typed) {
        assertEquals(Optional.of("+6281234567890"), PhoneNumbers.normalise(typed, MOBILE));
        assertEquals(Optional.of("+6281234567890"), PhoneNumbers.normalise(typed, PHONE));
    }

    @Test
    void landlinesArePhonesButNotMobiles() {
        assertEquals(Optional.of("+62215551234"), PhoneNumbers.normalise("(021) 555-1234", PHONE));
        assertEquals(Optional.of("+62746321123"), PhoneNumbers.normalise("0746 321123", PHONE));
        assertEquals(Optional.empty(), PhoneNumbers.normalise("(021) 555-1234", MOBILE));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "0812",
                "08123456789012345",
                "+6581234567",
                "+1 202 555 0100",
                "0012345678",
                "0812-abcd-7890",
                "08123 45678 901 2",
                "62062812345678"
            })
    void otherInputIsRefused(String typed) {
        assertEquals(Optional.empty(), PhoneNumbers.normalise(typed, PHONE), typed);
        assertEquals(Optional.empty(), PhoneNumbers.normalise(typed, MOBILE), typed);
    }

    @Test
    void nullIsNoNumber() {
        assertEquals(Optional.empty(), PhoneNumbers.normalise(null, PHONE));
    }

    @Test
    void shownTheWayIndonesiansReadThem() {
        assertEquals("0812-3456-7890", PhoneNumbers.display("+6281234567890"));
        assertEquals("0215551234", PhoneNumbers.display("+62215551234"));
        assertEquals(null, PhoneNumbers.display(null));
    }
}
