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

    /** The search index of the last reading. */
    private volatile VillageSearchIndex index;

    private record Snapshot(
            Map<Long, VillageRef> byId,
            Map<String, VillageRef> bySlug,
            Map<String, VillageRef> byHost,
            List<VillageRef> sorted,
            VillageSearchIndex searchable,
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
        return current().searchable().search(query == null ? "" : query.trim(), limit);
    }

    /** Changes whenever the directory is read anew, so anything derived from it knows to follow. */
    public long revision() {
        return current().revision();
    }

    public int activeCount() {
        return current().searchable().villages().size();
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
        // Plain columns, not entities: with every village of the country online, 83,762 managed
        // entities (and their shared-cache copies) would cost seconds and hundreds of MB per reading.
        List<Object[]> villages = em.createQuery(
                        "select v.id, v.code, v.slug, v.name, v.districtName, v.regencyName, v.provinceName,"
                                + " v.timeZoneOverride, v.status, v.contentRevision from Village v",
                        Object[].class)
                .getResultList();
        List<Object[]> domains = em.createQuery(
                        "select d.villageId, d.host, d.primary from VillageDomain d", Object[].class)
                .getResultList();
        Map<Long, String> primaryHosts = new HashMap<>();
        for (Object[] d : domains) {
            if (Boolean.TRUE.equals(d[2])) {
                primaryHosts.putIfAbsent((Long) d[0], (String) d[1]);
            }
        }
        Map<Long, VillageRef> byId = new HashMap<>(villages.size() * 2);
        Map<Long, Long> revisionsRead = new HashMap<>(villages.size() * 2);
        for (Object[] v : villages) {
            long id = (Long) v[0];
            String code = (String) v[1];
            VillageTimeZone zone = v[7] != null ? (VillageTimeZone) v[7] : VillageTimeZone.ofRegion(code);
            byId.put(
                    id,
                    new VillageRef(
                            id,
                            code,
                            (String) v[2],
                            (String) v[3],
                            (String) v[4],
                            (String) v[5],
                            (String) v[6],
                            zone,
                            (VillageStatus) v[8],
                            primaryHosts.get(id)));
            revisionsRead.put(id, ((Number) v[9]).longValue());
        }
        Map<String, VillageRef> bySlug = new HashMap<>(villages.size() * 2);
        byId.values().forEach(v -> bySlug.put(v.slug(), v));
        Map<String, VillageRef> byHost = new HashMap<>();
        for (Object[] d : domains) {
            VillageRef ref = byId.get((Long) d[0]);
            if (ref != null) {
                byHost.put((String) d[1], ref);
            }
        }
        List<VillageRef> sorted = byId.values().stream()
                .sorted(Comparator.comparing(VillageRef::name).thenComparing(VillageRef::code))
                .toList();
        List<VillageRef> active = sorted.stream().filter(VillageRef::isActive).toList();
        // The reading every MAX_AGE mostly finds the same villages: keep their index then.
        VillageSearchIndex previous = index;
        VillageSearchIndex searchable =
                previous != null && previous.villages().equals(active) ? previous : new VillageSearchIndex(active);
        index = searchable;
        boolean committed = contentRevisions.outsideTransaction();
        if (committed) {
            revisionsRead.forEach(contentRevisions::learn);
        }
        Snapshot fresh = new Snapshot(
                Map.copyOf(byId),
                Map.copyOf(bySlug),
                Map.copyOf(byHost),
                sorted,
                searchable,
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
