package id.portaldesa.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Delivers due outbox messages; failures are retried later with growing delays. */
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

    /** @return how many messages were delivered */
    public int deliverDue(Instant now) {
        if (!mailer.isConfigured()) {
            return 0;
        }
        claims.releaseAbandoned(now);
        RetrySchedule schedule = new RetrySchedule(
                Duration.ofSeconds(firstRetrySeconds),
                RetrySchedule.DEFAULT.longest(),
                RetrySchedule.DEFAULT.maxAttempts());
        int delivered = 0;
        for (long id : claims.due(now, BATCH)) {
            OutboxMessage message = claims.claim(id, now);
            if (message == null) {
                continue;
            }
            try {
                mailer.send(message);
                claims.sent(id, now);
                delivered++;
            } catch (MessagingException | RuntimeException e) {
                // The recipient is personal data: log the id only.
                LOG.warning(() -> "Mail " + id + " not delivered, will retry: " + e.getMessage());
                claims.failed(id, e.getMessage(), now, schedule);
            }
        }
        return delivered;
    }
}
