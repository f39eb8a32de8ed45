package id.portaldesa.shared.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** A real Bean Validation engine (Hibernate Validator, as in Payara) for constraint unit tests. */
public final class Validators {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

    private Validators() {}

    public static Validator validator() {
        return FACTORY.getValidator();
    }

    /** The message templates of every violation of the bean, e.g. {@code {account.nik.format}}. */
    public static Set<String> problems(Object bean) {
        return templates(validator().validate(bean));
    }

    /** The message templates of the violations a value of this bean property would cause. */
    public static <T> Set<String> problems(Class<T> type, String property, Object value) {
        return templates(validator().validateValue(type, property, value));
    }

    static <T> Set<String> templates(Set<ConstraintViolation<T>> violations) {
        return violations.stream()
                .map(ConstraintViolation::getMessageTemplate)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
