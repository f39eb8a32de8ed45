package id.portaldesa.account.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import id.portaldesa.account.IdentityNumber;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A plausible NIK: 16 digits with a real birth date and a serial other than 0000. Whether its
 * district exists needs the region list, so the service checks that. Null is valid (add
 * {@code @NotBlank} where the number is required).
 */
@Documented
@Constraint(validatedBy = Nik.Validator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface Nik {

    String message() default "{account.nik.format}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the format and date only; every district counts as existing here. */
    class Validator implements ConstraintValidator<Nik, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null
                    || IdentityNumber.problem(IdentityNumber.Kind.NIK, value, district -> true)
                            .isEmpty();
        }
    }
}
