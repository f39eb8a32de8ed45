package id.portaldesa.notify;

import id.portaldesa.shared.config.PortalConfig;
import id.portaldesa.shared.log.LogSafe;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Runs {@link MailDelivery} every few seconds ({@code PORTAL_MAIL_INTERVAL_SECONDS}, default 15). */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class MailScheduler {

    private static final Logger LOG = Logger.getLogger(MailScheduler.class.getName());

    @Resource
    TimerService timers;

    @Inject
    PortalConfig config;

    @Inject
    MailDelivery delivery;

    @Inject
    Clock clock;

    @PostConstruct
    void schedule() {
        long interval = config.mailIntervalSeconds() * 1000L;
        timers.createIntervalTimer(interval, interval, new TimerConfig("mail-delivery", false));
        if (config.smtpHost().isEmpty()) {
            LOG.info(
                    "No SMTP server configured (PORTAL_SMTP_HOST): mail stays in the outbox, readable by the platform admin.");
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void deliver() {
        try {
            delivery.deliverDue(clock.instant());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Mail delivery run failed; the next run retries", LogSafe.scrubbed(e));
        }
    }
}
