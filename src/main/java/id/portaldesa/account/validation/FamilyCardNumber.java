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
 * A plausible family card (KK) number: 16 digits with a real issue date and a serial other than 0000. Whether its
 * district exists needs the region list, so the service checks that. Null is valid (add
 * {@code @NotBlank} where the number is required).
 */
@Documented
@Constraint(validatedBy = FamilyCardNumber.Validator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface FamilyCardNumber {

    String message() default "{account.kk.format}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the format and date only; every district counts as existing here. */
    class Validator implements ConstraintValidator<FamilyCardNumber, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null
                    || IdentityNumber.problem(IdentityNumber.Kind.KK, value, district -> true)
                            .isEmpty();
        }
    }
}
