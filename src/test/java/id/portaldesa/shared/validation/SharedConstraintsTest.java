package id.portaldesa.shared.validation;

import static id.portaldesa.shared.validation.Validators.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SharedConstraintsTest {

    record Contact(@PhoneNumber String phone, @HexColor String colour) {}

    @ParameterizedTest
    @ValueSource(strings = {"0812 3456 7890", "081234567890", "+62 812-3456-7890", "(0746) 21234", "62 746 21234", ""})
    void indonesianPhoneNumbersAsPeopleWriteThem(String phone) {
        assertEquals(Set.of(), problems(Contact.class, "phone", phone));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"12345", "0812", "+1 202 555 0100", "0812 3456 7890 ext 3", "08123456789012345", "+62 0812 3456"
            })
    void otherTextIsNotAPhoneNumber(String phone) {
        assertEquals(Set.of("{validation.phone}"), problems(Contact.class, "phone", phone));
    }

    @ParameterizedTest
    @ValueSource(strings = {"#2e7d32", "#B26A00"})
    void coloursAsTheColourPickerSendsThem(String colour) {
        assertEquals(Set.of(), problems(Contact.class, "colour", colour));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2e7d32", "#2e7d3", "#2e7d32;}body{x:y", "red", "#ggg000"})
    void anythingElseIsNotAColour(String colour) {
        assertEquals(Set.of("{validation.hexColor}"), problems(Contact.class, "colour", colour));
    }

    @org.junit.jupiter.api.Test
    void nullMeansNotGiven() {
        assertEquals(Set.of(), problems(new Contact(null, null)));
    }
}
