package id.portaldesa.account.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The portal's rule for a password a person chooses: 10 to 200 characters (long enough to resist
 * guessing, short enough to hash cheaply). Null is valid; add {@code @NotBlank} where required.
 */
@Documented
@Constraint(validatedBy = {})
@Size(min = AccountPassword.MIN_LENGTH, max = AccountPassword.MAX_LENGTH)
@ReportAsSingleViolation
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface AccountPassword {

    int MIN_LENGTH = 10;
    int MAX_LENGTH = 200;

    String message() default "{account.password.size}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
