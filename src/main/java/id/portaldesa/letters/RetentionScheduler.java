package id.portaldesa.letters;

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

/** Runs {@link Retention} every hour on every node (each request is claimed by one of them). */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class RetentionScheduler {

    private static final Logger LOG = Logger.getLogger(RetentionScheduler.class.getName());

    static final long HOUR = 3_600_000L;

    @Resource
    TimerService timers;

    @Inject
    Retention retention;

    @Inject
    Clock clock;

    @PostConstruct
    void schedule() {
        // Not at start, when the node is busiest.
        timers.createIntervalTimer(10 * 60_000L, HOUR, new TimerConfig("letters-retention", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run() {
        try {
            var now = clock.instant();
            int purged = 0;
            for (long village : retention.villagesToLookAt(now)) {
                try {
                    purged += retention.purge(village, now);
                } catch (RuntimeException e) {
                    LOG.log(
                            Level.WARNING,
                            "Letter scans of village " + village + " not purged; next run retries",
                            LogSafe.scrubbed(e));
                }
            }
            if (purged > 0) {
                int done = purged;
                LOG.info(() -> "Letter scans deleted after retention: " + done + " requests");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Letter retention run failed; the next run retries", LogSafe.scrubbed(e));
        }
    }
}
