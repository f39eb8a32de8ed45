package id.portaldesa.notify.web;

import id.portaldesa.notify.MailOutbox;
import id.portaldesa.notify.OutboxMessage;
import id.portaldesa.shared.config.PortalConfig;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The platform admin reads the outbox: what was sent, what waits, and why a delivery failed. */
@Named
@RequestScoped
public class OutboxPage {

    static final int LIMIT = 200;

    @Inject
    MailOutbox outbox;

    @Inject
    PortalConfig config;

    private List<OutboxMessage> messages;

    /**
     * Texts are shown only on the local demo run without an SMTP server, where the outbox is the only
     * way to read mail. Everywhere else they hold one-time links (password reset, invitations) that
     * nobody but the recipient may use; with SMTP they go to the recipient and are removed once sent.
     */
    public boolean isTextsShown() {
        return config.isDemoMode() && config.smtpHost().isEmpty();
    }

    public String bodyOf(OutboxMessage message) {
        return isTextsShown() ? outbox.bodyOf(message) : "";
    }

    public List<OutboxMessage> getMessages() {
        if (messages == null) {
            messages = outbox.latest(LIMIT);
        }
        return messages;
    }
}
