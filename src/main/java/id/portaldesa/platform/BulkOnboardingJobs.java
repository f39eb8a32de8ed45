package id.portaldesa.platform;

import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.NotFoundException;
import id.portaldesa.shared.config.PortalConfig;
import id.portaldesa.shared.security.Permission;
import id.portaldesa.village.BulkOnboarding;
import id.portaldesa.village.Region;
import id.portaldesa.village.RegionRepository;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The platform admin onboards every village of a district, regency or province in one action. The
 * work runs in the background (it survives leaving the page; the page polls {@link #find}), one job
 * at a time for any region (two jobs on overlapping regions would race for the same villages). Jobs
 * are kept in this node's memory, the latest {@value #KEPT} of them, with the CSV of what they did.
 * Each job writes one line to the log of platform actions (who, which region, how many), not one per
 * village: the audit log is a village's own, and 83,762 entries would say nothing more.
 */
@ApplicationScoped
public class BulkOnboardingJobs {

    static final int KEPT = 20;
    private static final Logger LOG = Logger.getLogger(BulkOnboardingJobs.class.getName());

    @Inject
    BulkOnboarding bulk;

    @Inject
    RegionRepository regions;

    @Inject
    CurrentUser user;

    @Inject
    PortalConfig config;

    @Inject
    Clock clock;

    /**
     * One plain thread, jobs one after another: the managed executor hands its tasks the request's
     * context, and a task ending closed the entity manager of the page still rendering (a 500 on the
     * page that started the job). Nothing here needs a container context: the work is JDBC and one
     * CDI event.
     */
    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "portal-bulk-onboarding");
        thread.setDaemon(true);
        return thread;
    });

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    public enum State {
        RUNNING,
        DONE,
        FAILED
    }

    /** One job: what it does and how far it got. Read by the page while the job runs. */
    public static final class Job {
        private final String id;
        private final String regionCode;
        private final String regionName;
        private final Instant startedAt;
        private volatile int total;
        private volatile int done;
        private volatile int skipped;
        private volatile State state = State.RUNNING;
        private volatile List<BulkOnboarding.Onboarded> onboarded = List.of();
        private volatile Instant finishedAt;

        Job(String id, String regionCode, String regionName, Instant startedAt) {
            this.id = id;
            this.regionCode = regionCode;
            this.regionName = regionName;
            this.startedAt = startedAt;
        }

        public String getId() {
            return id;
        }

        public String getRegionCode() {
            return regionCode;
        }

        public String getRegionName() {
            return regionName;
        }

        public Instant getStartedAt() {
            return startedAt;
        }

        public Instant getFinishedAt() {
            return finishedAt;
        }

        /** Villages this job puts online (known once it has read the list). */
        public int getTotal() {
            return total;
        }

        public int getDone() {
            return done;
        }

        /** Villages of the region that were online before the job. */
        public int getSkipped() {
            return skipped;
        }

        public State getState() {
            return state;
        }

        public boolean isRunning() {
            return state == State.RUNNING;
        }

        public int getPercent() {
            return total == 0 ? (state == State.RUNNING ? 0 : 100) : (int) (100L * done / total);
        }

        public List<BulkOnboarding.Onboarded> getOnboarded() {
            return onboarded;
        }

        boolean overlaps(String code) {
            return code.equals(regionCode) || code.startsWith(regionCode + ".") || regionCode.startsWith(code + ".");
        }
    }

    /**
     * Starts onboarding every village of the region (depth 1–3 of the official list) that is not
     * online yet; only the platform admin may. Returns at once.
     */
    public Job start(@NotBlank String regionCode) {
        // Whole regions at once are the platform's to decide; a regency admin onboards village by village.
        user.require(Permission.MANAGE_PLATFORM);
        String code = regionCode.trim().split(" ")[0];
        Region region = regions.find(code)
                .filter(r -> r.getDepth() <= 3)
                .orElseThrow(() -> new BusinessException("village.bulk.region.unknown", code));
        Long actor = user.accountId().orElse(null);
        Job job;
        synchronized (jobs) {
            Optional<Job> running = jobs.values().stream()
                    .filter(j -> j.isRunning() && j.overlaps(code))
                    .findFirst();
            if (running.isPresent()) {
                throw new BusinessException(
                        "village.bulk.running", running.get().getRegionName());
            }
            job = new Job(UUID.randomUUID().toString(), code, region.getName(), clock.instant());
            jobs.put(job.getId(), job);
            forgetOld();
        }
        Job started = job;
        executor.execute(() -> run(started, actor));
        return job;
    }

    private void run(Job job, Long actor) {
        try {
            job.total = bulk.countMissing(job.regionCode, 0);
            BulkOnboarding.Result result = bulk.onboard(job.regionCode, 0, n -> job.done = n);
            job.onboarded = result.onboarded();
            job.total = result.onboarded().size();
            job.done = job.total;
            job.skipped = result.skipped();
            job.state = State.DONE;
            LOG.info(() -> "Platform action: account " + actor + " onboarded "
                    + result.onboarded().size()
                    + " villages of " + job.regionCode + " " + job.regionName + " (" + result.skipped()
                    + " were online already)");
        } catch (Exception | Error e) {
            job.state = State.FAILED;
            LOG.log(
                    Level.SEVERE,
                    "Bulk onboarding of " + job.regionCode + " failed after " + job.done + " villages",
                    e);
        } finally {
            job.finishedAt = clock.instant();
        }
    }

    /** A job by its id, for the platform admin. */
    public Optional<Job> find(String id) {
        if (!user.can(Permission.MANAGE_PLATFORM)) {
            return Optional.empty();
        }
        return Optional.ofNullable(id).map(jobs::get);
    }

    /** The jobs kept, newest first, for the platform admin. */
    public List<Job> recent() {
        if (!user.can(Permission.MANAGE_PLATFORM)) {
            return List.of();
        }
        return jobs.values().stream()
                .sorted(Comparator.comparing(Job::getStartedAt).reversed())
                .toList();
    }

    /** The CSV of what a finished job put online: {@code code,name,slug,address}. */
    public String csv(String id) {
        Job job = find(id).filter(j -> !j.isRunning()).orElseThrow(NotFoundException::new);
        String base = config.baseUrl().toString().replaceAll("/$", "");
        StringBuilder csv = new StringBuilder("code,name,slug,address\r\n");
        for (BulkOnboarding.Onboarded v : job.getOnboarded()) {
            csv.append(field(v.code()))
                    .append(',')
                    .append(field(v.name()))
                    .append(',')
                    .append(field(v.slug()))
                    .append(',')
                    .append(field(base + "/" + v.slug() + "/"))
                    .append("\r\n");
        }
        return csv.toString();
    }

    /** Quoted when needed (RFC 4180); a leading formula character is defused for spreadsheets. */
    static String field(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                ? '"' + v.replace("\"", "\"\"") + '"'
                : v;
    }

    private void forgetOld() {
        List<Job> finished = new ArrayList<>(jobs.values().stream()
                .filter(j -> !j.isRunning())
                .sorted(Comparator.comparing(Job::getStartedAt))
                .toList());
        while (jobs.size() > KEPT && !finished.isEmpty()) {
            jobs.remove(finished.remove(0).getId());
        }
    }
}
