package id.portaldesa.village.validation;

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

/**
 * A Kemendagri region code in its written form ({@code 15.02.02.2004}), of the given depth: 1
 * province, 2 regency, 3 district, 4 village; 0 accepts any. Whether the region exists is the
 * region list's business. Null is valid.
 */
@Documented
@Constraint(validatedBy = RegionCode.Validator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface RegionCode {

    /** 1–4, or 0 for any depth. */
    int depth() default 0;

    String message() default "{village.code.format}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<RegionCode, String> {
        private int depth;

        @Override
        public void initialize(RegionCode annotation) {
            depth = annotation.depth();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            if (!id.portaldesa.village.RegionCode.isValid(value)) {
                return false;
            }
            return depth == 0 || new id.portaldesa.village.RegionCode(value).depth() == depth;
        }
    }
}
