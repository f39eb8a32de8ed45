package id.portaldesa.shared.events;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Something a person should find on their own page (the notifications list of {@code /akun} and
 * {@code /kantor}): fired by the feature it concerns (a letter request moved on, an aspiration was
 * answered) inside its transaction, stored by the notify feature in the same transaction. The mail
 * that usually goes with it is the feature's own {@code OutgoingMail}. Plain values, shown in the
 * reader's language when read: the text is a message key and its arguments, never a rendered text.
 *
 * @param messageKey the text, e.g. {@code letters.notice.moved}
 * @param arguments its MessageFormat arguments, as plain strings (escaped when shown)
 * @param viewId the page it leads to, e.g. {@code /resident/letters/request.xhtml}; null for none
 * @param parameters that page's parameters
 */
public record PersonNotified(
        long villageId,
        long accountId,
        String messageKey,
        List<String> arguments,
        String viewId,
        Map<String, String> parameters)
        implements Serializable {

    public PersonNotified {
        Objects.requireNonNull(messageKey);
        arguments = List.copyOf(arguments == null ? List.of() : arguments);
        parameters = Map.copyOf(parameters == null ? Map.of() : parameters);
    }
}
