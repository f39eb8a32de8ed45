package id.portaldesa.platform.metrics;

import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.shared.security.Permission;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Rebuilds the service figures from scratch from the recorded state changes alone (after a bulk
 * import of history, or to check the incremental figures): village by village, each in a transaction
 * of its own ({@link VillageRebuild}), never one giant transaction. Platform admins only.
 *
 * <p>The whole rebuild is a job ({@link #start()}) on the managed executor, never inside the HTTP
 * request that asks for it ({@code POST /api/v1/wilayah/kinerja/bangun-ulang}, README "Service
 * figures"): one at a time on a node (a second start while one runs is refused), its progress read by
 * {@link #status()}. A village that fails is logged and skipped, the others go on; the status lists
 * the failed village ids (rebuild them again after the cause is fixed).
 */
@ApplicationScoped
public class MetricsRebuild {

    private static final Logger LOG = Logger.getLogger(MetricsRebuild.class.getName());

    /** What a rebuild of one village did. */
    public record Result(int villages, long changes, long millis) {}

    /** Where a rebuild job is: RUNNING or DONE, with its villages done, changes folded and failures. */
    public record Status(
            String state,
            Instant startedAt,
            Instant finishedAt,
            int villages,
            int villagesDone,
            long changes,
            long millis,
            List<Long> failedVillages)
            implements Serializable {

        public boolean running() {
            return "RUNNING".equals(state);
        }
    }

    /** The progress of the running (or last) job, read by {@link #status()}. */
    static final class Job {
        final Instant startedAt;
        volatile int villages;
        final AtomicInteger done = new AtomicInteger();
        final AtomicLong changes = new AtomicLong();
        final List<Long> failed = new CopyOnWriteArrayList<>();
        volatile Instant finishedAt;

        Job(Instant startedAt) {
            this.startedAt = startedAt;
        }

        Status status(Clock clock) {
            Instant end = finishedAt == null ? clock.instant() : finishedAt;
            return new Status(
                    finishedAt == null ? "RUNNING" : "DONE",
                    startedAt,
                    finishedAt,
                    villages,
                    done.get(),
                    changes.get(),
                    Duration.between(startedAt, end).toMillis(),
                    List.copyOf(failed));
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    VillageRebuild chunk;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    MetricsRebuild self;

    @Resource
    ManagedExecutorService executor;

    private final AtomicReference<Job> job = new AtomicReference<>();

    /**
     * Starts rebuilding every village on the managed executor.
     *
     * @return the new job's status; empty when one is running already (single flight)
     */
    public Optional<Status> start() {
        user.require(Permission.MANAGE_PLATFORM);
        Job next = new Job(clock.instant());
        Job before = job.get();
        if (before != null && before.finishedAt == null || !job.compareAndSet(before, next)) {
            return Optional.empty();
        }
        try {
            executor.submit(() -> self.runAll(next));
        } catch (RuntimeException e) {
            next.finishedAt = clock.instant();
            throw e;
        }
        return Optional.of(next.status(clock));
    }

    /** The running or last job's status; empty before the first. */
    public Optional<Status> status() {
        user.require(Permission.MANAGE_PLATFORM);
        return Optional.ofNullable(job.get()).map(j -> j.status(clock));
    }

    /** The job itself (not in a transaction: each village commits on its own). */
    @ActivateRequestContext
    void runAll(Job j) {
        try {
            @SuppressWarnings("unchecked")
            List<Number> ids =
                    em.createNativeQuery("SELECT id FROM village ORDER BY id").getResultList();
            j.villages = ids.size();
            for (Number id : ids) {
                try {
                    j.changes.addAndGet(chunk.rebuild(id.longValue()));
                } catch (RuntimeException e) {
                    j.failed.add(id.longValue());
                    LOG.log(
                            Level.WARNING,
                            e,
                            () -> "Service figures of village " + id + " not rebuilt; the rebuild goes on");
                }
                j.done.incrementAndGet();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Service figures rebuild stopped", e);
        } finally {
            j.finishedAt = clock.instant();
            LOG.info(() -> "Service figures rebuilt: " + j.status(clock));
        }
    }

    /** One village, in the caller's thread (tests, or after a repair of its history). */
    public Result rebuild(long villageId) {
        user.require(Permission.MANAGE_PLATFORM);
        Instant started = clock.instant();
        long folded = chunk.rebuild(villageId);
        return new Result(1, folded, Duration.between(started, clock.instant()).toMillis());
    }
}
