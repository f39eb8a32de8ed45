package id.portaldesa.news;

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
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs {@link ScheduledPublishing} every few seconds on every node ({@code
 * PORTAL_NEWS_SCHEDULE_SECONDS}, default 15): a scheduled article goes public at most that long after
 * its time, once, whichever node claims it.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class NewsScheduler {

    private static final Logger LOG = Logger.getLogger(NewsScheduler.class.getName());

    @Resource
    TimerService timers;

    @Inject
    ScheduledPublishing publishing;

    @Inject
    @ConfigProperty(name = "portal.news.schedule.seconds", defaultValue = "15")
    long intervalSeconds;

    @PostConstruct
    void schedule() {
        long interval = Math.max(1, intervalSeconds) * 1000L;
        timers.createIntervalTimer(interval, interval, new TimerConfig("news-scheduled-publishing", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run() {
        try {
            int published = publishing.publishDue();
            if (published > 0) {
                LOG.info(() -> "Scheduled articles published: " + published);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Scheduled publishing failed; the next run tries again", LogSafe.scrubbed(e));
        }
    }
}
