package id.portaldesa.shared.web;

import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.i18n.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

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
