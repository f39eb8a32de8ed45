package id.portaldesa.village;

import id.portaldesa.shared.events.VillageContentChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Every village and domain of the deployment, held in memory so that resolving a request and
 * rendering a public header cost no SQL. Read anew after every village change committed on this node
 * (it observes {@link VillageContentChanged}), and at most {@link #MAX_AGE} later for changes made on
 * another node of a cluster; each reading also tells {@link ContentRevisions} the villages' revisions.
 */
@ApplicationScoped
public class VillageDirectory implements TenantResolver.Villages {

    static final Duration MAX_AGE = Duration.ofSeconds(30);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ContentRevisions contentRevisions;

    private volatile Snapshot snapshot;
    private final AtomicBoolean reloading = new AtomicBoolean();
    /** Counts changes heard, so that a reload that read the data before a change never replaces it. */
    private final AtomicLong generation = new AtomicLong();

    private final AtomicLong revisions = new AtomicLong();

    private record Snapshot(
            Map<Long, VillageRef> byId,
            Map<String, VillageRef> bySlug,
            Map<String, VillageRef> byHost,
            List<VillageRef> sorted,
            Instant loadedAt,
            long revision) {}

    @Override
    public Optional<VillageRef> byHost(String host) {
        return Optional.ofNullable(current().byHost().get(host));
    }

    @Override
    public Optional<VillageRef> bySlug(String slug) {
        return Optional.ofNullable(current().bySlug().get(slug.toLowerCase(Locale.ROOT)));
    }

    public Optional<VillageRef> byId(long id) {
        return Optional.ofNullable(current().byId().get(id));
    }

    /** Active villages whose name or code contains the query, sorted by name. */
    public List<VillageRef> search(String query, int limit) {
        String q = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
        return current().sorted().stream()
                .filter(VillageRef::isActive)
                .filter(v -> q.isEmpty()
                        || v.name().toLowerCase(Locale.ROOT).contains(q)
                        || v.code().startsWith(q)
                        || v.districtName().toLowerCase(Locale.ROOT).contains(q))
                .limit(limit)
                .toList();
    }

    /** Changes whenever the directory is read anew, so anything derived from it knows to follow. */
    public long revision() {
        return current().revision();
    }

    public int activeCount() {
        return (int) current().sorted().stream().filter(VillageRef::isActive).count();
    }

    /**
     * A village's identity, status or domains changed (and is committed): the next request reads the
     * directory anew. Content changes (its site, later its news) leave the directory as it is.
     */
    void villageChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) VillageContentChanged event) {
        if (event.concerns(VillageService.FEATURE)) {
            forget();
        }
    }

    private void forget() {
        generation.incrementAndGet();
        snapshot = null;
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s == null) {
            return reload();
        }
        if (s.loadedAt().plus(MAX_AGE).isBefore(clock.instant()) && reloading.compareAndSet(false, true)) {
            try {
                return reload();
            } finally {
                reloading.set(false);
            }
        }
        return s;
    }

    private synchronized Snapshot reload() {
        long started = generation.get();
        List<Village> villages =
                em.createQuery("select v from Village v", Village.class).getResultList();
        List<VillageDomain> domains = em.createQuery("select d from VillageDomain d", VillageDomain.class)
                .getResultList();
        Map<Long, String> primaryHosts = domains.stream()
                .filter(VillageDomain::isPrimary)
                .collect(Collectors.toMap(VillageDomain::getVillageId, VillageDomain::getHost, (a, b) -> a));
        Map<Long, VillageRef> byId = new HashMap<>();
        for (Village v : villages) {
            byId.put(v.getId(), VillageRef.of(v, primaryHosts.get(v.getId())));
        }
        Map<String, VillageRef> bySlug = byId.values().stream().collect(Collectors.toMap(VillageRef::slug, v -> v));
        Map<String, VillageRef> byHost = new HashMap<>();
        for (VillageDomain d : domains) {
            VillageRef ref = byId.get(d.getVillageId());
            if (ref != null) {
                byHost.put(d.getHost(), ref);
            }
        }
        List<VillageRef> sorted = byId.values().stream()
                .sorted(Comparator.comparing(VillageRef::name).thenComparing(VillageRef::code))
                .toList();
        boolean committed = contentRevisions.outsideTransaction();
        if (committed) {
            villages.forEach(v -> contentRevisions.learn(v.getId(), v.getContentRevision()));
        }
        Snapshot fresh = new Snapshot(
                Map.copyOf(byId),
                Map.copyOf(bySlug),
                Map.copyOf(byHost),
                sorted,
                clock.instant(),
                revisions.incrementAndGet());
        // A change committed while this reload was reading may be missing from it, and one read inside
        // a transaction may never be committed: use it for this request only, let the next read again.
        if (committed && generation.get() == started) {
            snapshot = fresh;
        }
        return fresh;
    }
}
