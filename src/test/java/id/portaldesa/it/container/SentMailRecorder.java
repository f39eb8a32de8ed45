package id.portaldesa.it.container;

import id.portaldesa.shared.mail.OutgoingMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;

/**
 * Every mail the portal asks for, as handed to the outbox, for in-container tests that follow a link
 * "as the person would click it". The outbox itself cannot serve them: the suite has SMTP, and a
 * sent message's text (with its link) is removed from the outbox within a second.
 */
@ApplicationScoped
public class SentMailRecorder {

    private final List<OutgoingMail> mails = new ArrayList<>();

    synchronized void record(@Observes OutgoingMail mail) {
        mails.add(mail);
    }

    /** The mails to this address (in any case, like the database compares them), oldest first. */
    public synchronized List<OutgoingMail> to(String recipient) {
        return mails.stream()
                .filter(m -> m.recipient().equalsIgnoreCase(recipient))
                .toList();
    }
}
