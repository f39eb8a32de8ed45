package id.portaldesa.shared.seams;

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
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Runs every {@link VillageHousekeeping} every hour on every node, village by village. */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class HousekeepingScheduler {

    private static final Logger LOG = Logger.getLogger(HousekeepingScheduler.class.getName());

    static final long HOUR = 3_600_000L;

    @Resource
    TimerService timers;

    @Inject
    Instance<VillageHousekeeping> tasks;

    @Inject
    Clock clock;

    @PostConstruct
    void schedule() {
        // Not at start, when the node is busiest.
        timers.createIntervalTimer(10 * 60_000L, HOUR, new TimerConfig("housekeeping", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run() {
        Instant now = clock.instant();
        for (VillageHousekeeping task : tasks) {
            try {
                int cleaned = 0;
                for (long village : task.villagesToLookAt(now)) {
                    try {
                        cleaned += task.clean(village, now);
                    } catch (RuntimeException e) {
                        LOG.log(
                                Level.WARNING,
                                task.name() + ": village " + village + " not cleaned; the next run retries",
                                LogSafe.scrubbed(e));
                    }
                }
                if (cleaned > 0) {
                    int done = cleaned;
                    LOG.info(() -> task.name() + ": " + done + " cleaned");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, task.name() + " failed; the next run retries", LogSafe.scrubbed(e));
            }
        }
    }
}
