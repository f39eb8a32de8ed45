package id.portaldesa.shared;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;

/**
 * A rule of the domain said no. Carries an i18n message key (and its arguments) rather than a text,
 * so the web layer answers in the user's language. Rolls back the transaction it escapes from.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public BusinessException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + messageKey + Arrays.toString(arguments) + "]";
    }
}
