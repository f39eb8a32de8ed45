package id.portaldesa.notify;

import id.portaldesa.shared.log.LogSafe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers due outbox messages, each at most once; failures that certainly delivered nothing are
 * retried later with growing delays.
 *
 * <p>One message goes through short transactions of {@link OutboxClaims}, each conditional on the
 * version the sender holds:
 *
 * <ol>
 *   <li><b>claim</b> (PENDING → SENDING, lease of ten minutes from this moment);
 *   <li>connect to the SMTP server. A failure here handed nothing over: the message waits for its
 *       next try (PENDING), and if even that cannot be recorded the lease runs out and the message is
 *       simply due again;
 *   <li><b>submitting</b> (SENDING → SUBMITTING), recorded before the first byte of the message goes
 *       out. A sender whose lease ran out meanwhile finds its claim gone and sends nothing;
 *   <li>hand the message over; the server's answer decides: accepted → <b>SENT</b> (the text with its
 *       link is removed); refused by an SMTP reply → PENDING for a later try (FAILED after the last);
 *       the connection broke or timed out with no answer → <b>UNCERTAIN</b>.
 * </ol>
 *
 * <p>Why UNCERTAIN is never sent again by itself: once the server may hold the whole message, only
 * its answer says whether it was accepted, and that answer is lost. Sending again could deliver the
 * same link twice; the {@code Message-ID} (from the outbox id, the same on every try) lets mail
 * programs recognise a copy, but SMTP servers do not drop a second copy by it, so it does not make a
 * resend harmless. Not sending loses at most that one mail, and every mail here can be asked for again
 * by its recipient or its sender (a new reset link, a new invitation, registering again). The same
 * holds when SMTP accepted the message but "sent" could not be recorded (database gone): the row stays
 * SUBMITTING, and when its lease runs out {@link OutboxClaims#releaseAbandoned} marks it UNCERTAIN —
 * never PENDING. A claim that never reached SUBMITTING (the node died mid-batch, before handing it
 * over) is released to PENDING and picked up again by any sender.
 */
@ApplicationScoped
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());
    private static final int BATCH = 50;

    @Inject
    OutboxClaims claims;

    @Inject
    SmtpMailer mailer;

    @Inject
    @ConfigProperty(name = "portal.mail.retry.first.seconds", defaultValue = "30")
    long firstRetrySeconds;

    /**
     * Sends what is due by {@code now} (leases are measured on the clock, not on {@code now}).
     *
     * @return how many messages the SMTP server accepted in this run
     */
    public int deliverDue(Instant now) {
        if (!mailer.isConfigured()) {
            return 0;
        }
        claims.releaseAbandoned();
        RetrySchedule schedule = new RetrySchedule(
                Duration.ofSeconds(firstRetrySeconds),
                RetrySchedule.DEFAULT.longest(),
                RetrySchedule.DEFAULT.maxAttempts());
        int delivered = 0;
        for (long id : claims.due(now, BATCH)) {
            OutboxMessage message = claims.claim(id, now);
            if (message != null && deliver(message, schedule)) {
                delivered++;
            }
        }
        return delivered;
    }

    /** Logs name the outbox id only: the recipient, and the link in the text, are nobody's business there. */
    private boolean deliver(OutboxMessage message, RetrySchedule schedule) {
        long id = message.getId();
        MimeMessage mime;
        Transport transport;
        try {
            mime = mailer.compose(message);
            transport = mailer.open();
        } catch (MessagingException | RuntimeException e) {
            String error = LogSafe.describe(e);
            LOG.warning(() -> "Mail " + id + " not delivered, will retry: " + error);
            claims.failed(id, message.getVersion(), error, schedule);
            return false;
        }
        try {
            long held = claims.submitting(id, message.getVersion());
            if (held < 0) {
                LOG.info(() -> "Mail " + id + " was taken over by another sender after its lease ran out");
                return false;
            }
            try {
                mailer.hand(transport, mime);
            } catch (MessagingException | RuntimeException e) {
                String error = LogSafe.describe(e);
                if (e instanceof MessagingException refusal && SmtpMailer.refused(refusal)) {
                    LOG.warning(() -> "Mail " + id + " refused by the SMTP server, will retry: " + error);
                    claims.failed(id, held, error, schedule);
                } else {
                    LOG.warning(() -> "Mail " + id + " perhaps delivered, not sent again: " + error);
                    claims.uncertain(id, held, error);
                }
                return false;
            }
            try {
                claims.sent(id, held);
            } catch (RuntimeException e) {
                // Stays SUBMITTING: when the lease runs out it becomes UNCERTAIN, never due again.
                LOG.warning(() -> "Mail " + id + " delivered, but that could not be recorded; it is not sent again: "
                        + LogSafe.describe(e));
            }
            return true;
        } finally {
            close(transport);
        }
    }

    private static void close(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException | RuntimeException e) {
            // The message's fate is already decided; a connection that does not close cleanly changes nothing.
        }
    }
}
