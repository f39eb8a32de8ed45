package id.portaldesa.shared.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A colour as a browser's colour picker sends it: {@code #2e7d32}. Null is valid. */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = "#[0-9a-fA-F]{6}")
@ReportAsSingleViolation
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface HexColor {

    String message() default "{validation.hexColor}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
