package id.portaldesa.notify.web;

import id.portaldesa.notify.MailOutbox;
import id.portaldesa.notify.OutboxMessage;
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

    private List<OutboxMessage> messages;

    public List<OutboxMessage> getMessages() {
        if (messages == null) {
            messages = outbox.latest(LIMIT);
        }
        return messages;
    }
}
