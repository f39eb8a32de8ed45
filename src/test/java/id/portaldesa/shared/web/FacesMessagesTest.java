package id.portaldesa.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.portaldesa.account.validation.AccountPassword;
import id.portaldesa.shared.validation.Validators;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A service's constraint violation is shown in the page's language, not the server's. */
class FacesMessagesTest {

    record Form(
            @AccountPassword String password, @Size(max = 3) String code) {}

    static ConstraintViolation<Form> violation(Form form) {
        return Validators.validator().validate(form).iterator().next();
    }

    @Test
    void aMessageKeyIsReadInTheViewsLanguage() {
        ConstraintViolation<Form> tooShort = violation(new Form("pendek", null));
        assertEquals(
                "Kata sandi harus 10 sampai 200 karakter.",
                FacesMessages.textOf(tooShort, Locale.forLanguageTag("id")));
        assertEquals("The password must have 10 to 200 characters.", FacesMessages.textOf(tooShort, Locale.ENGLISH));
    }

    @Test
    void aMessageWithParametersKeepsTheValidatorsInterpolation() {
        ConstraintViolation<Form> tooLong = violation(new Form(null, "abcd"));
        assertEquals(tooLong.getMessage(), FacesMessages.textOf(tooLong, Locale.ENGLISH));
    }
}
