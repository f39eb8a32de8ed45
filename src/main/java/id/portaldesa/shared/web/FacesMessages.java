package id.portaldesa.shared.web;

import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.i18n.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Locale;
import java.util.ResourceBundle;

/** Adds page messages in the language of the current view. */
public final class FacesMessages {

    private FacesMessages() {}

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public static void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /** Shows the error next to one input, e.g. {@code "register:email"}. */
    public static void errorOn(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    public static void error(BusinessException e) {
        error(e.getMessageKey(), e.getArguments());
    }

    /**
     * One message per violated constraint of a service parameter, in the view's language: the
     * validator ran outside the page and interpolated in the server's language.
     */
    public static void error(ConstraintViolationException e) {
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = context.getViewRoot().getLocale();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, textOf(violation, locale), null));
        }
    }

    /** {@code {account.password.size}} read from the validation bundle of this language, else as interpolated. */
    static String textOf(ConstraintViolation<?> violation, Locale locale) {
        String template = violation.getMessageTemplate();
        if (template != null && template.matches("\\{[\\w.]+}")) {
            String key = template.substring(1, template.length() - 1);
            ResourceBundle bundle = ResourceBundle.getBundle(
                    "ValidationMessages", locale, Thread.currentThread().getContextClassLoader());
            if (bundle.containsKey(key) && !bundle.getString(key).contains("{")) {
                return bundle.getString(key);
            }
        }
        return violation.getMessage();
    }

    /** Keeps the message across a redirect (post-redirect-get). */
    public static void keepForNextRequest() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        String text = Messages.get(context.getViewRoot().getLocale(), key, arguments);
        context.addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
