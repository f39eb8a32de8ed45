package id.portaldesa.shared.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/**
 * An Indonesian phone number as people write it: a mobile ({@code 0812-3456-7890}), a landline with
 * its area code ({@code (0746) 21234}) or either in international form ({@code +62 812 3456 7890}).
 * Spaces, dots, hyphens and brackets are ignored. Null and the empty text (an optional field left
 * empty) are valid.
 */
@Documented
@Constraint(validatedBy = PhoneNumber.Validator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface PhoneNumber {

    String message() default "{validation.phone}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PhoneNumber, String> {
        /** Trunk prefix 0 or country code 62, then a number without its leading 0: 7 to 12 digits. */
        private static final Pattern DIGITS = Pattern.compile("(0|\\+62|62)[1-9]\\d{6,11}");

        private static final Pattern WRITTEN = Pattern.compile("\\+?[0-9 .()-]{1,30}");

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            return WRITTEN.matcher(value.trim()).matches()
                    && DIGITS.matcher(value.replaceAll("[ .()-]", "")).matches();
        }
    }
}
