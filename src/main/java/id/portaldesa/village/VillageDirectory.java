package id.portaldesa.village;

import id.portaldesa.shared.events.VillageContentChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Every village and domain of the deployment, held in memory so that resolving a request and
 * rendering a public header cost no SQL.
 *
 * <p>Read whole once; after that only what changed is read again: each village row carries the
 * database's stamp of its last change ({@code changed_at}, set by {@link VillageChanges}), and the
 * directory asks for the rows stamped since its last reading (by the database's clock). It asks at once after a
 * village change committed on this node (it observes {@link VillageContentChanged}, and the next
 * request waits for the answer, so whoever made the change sees it), and at most {@link #MAX_AGE}
 * later for changes made on another node of a cluster. Reading all 83,762 villages every 30 s had
 * cost a request thread a second of work, and every visitor waiting behind it a slow page. Each
 * reading also tells {@link ContentRevisions} the revisions of the villages it read.
 */
@ApplicationScoped
public class VillageDirectory implements TenantResolver.Villages {

    static final Duration MAX_AGE = Duration.ofSeconds(30);
    /**
     * A change is stamped when its transaction writes it and becomes visible when it commits: rows
     * stamped up to this long before the last reading are read again, in case their transaction
     * committed after it; a row whose stamp did not change since is skipped.
     */
    static final Duration LATE_COMMIT = Duration.ofSeconds(60);
    /** With more changed villages than this (a whole region onboarded), everything is read anew. */
    static final int MAX_CHANGED = 2_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ContentRevisions contentRevisions;

    private volatile Snapshot snapshot;
    private final ReentrantLock reading = new ReentrantLock();
    /** Counts the village changes heard on this node; a snapshot read before the latest is out of date. */
    private final AtomicLong heard = new AtomicLong();

    private final AtomicLong revisions = new AtomicLong();

    /**
     * One reading: the villages, their search index, and what the next reading needs: the database's
     * time of the reading, and the change stamps of the rows the next reading will read again.
     */
    private record Snapshot(
            Map<Long, VillageRef> byId,
            Map<String, VillageRef> bySlug,
            Map<String, VillageRef> byHost,
            VillageSearchIndex searchable,
            long revision,
            Instant checkedAt,
            long heardAt,
            Instant readAt,
            Map<Long, Instant> recent) {

        Snapshot checked(Instant now, long heardAt, Instant readAt, Map<Long, Instant> recent) {
            return new Snapshot(byId, bySlug, byHost, searchable, revision, now, heardAt, readAt, recent);
        }
    }

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

    /** Changes whenever a village's identity, status or domains change, so anything derived from it knows to follow. */
    public long revision() {
        return current().revision();
    }

    public int activeCount() {
        return current().searchable().villages().size();
    }

    /**
     * Reads what other nodes changed now, instead of at most {@link #MAX_AGE} later: what the next
     * request after that age does by itself (tests, and an operator's check after a change made in
     * the database).
     */
    public void lookForChanges() {
        reading.lock();
        try {
            read(snapshot);
        } finally {
            reading.unlock();
        }
    }

    /**
     * A village's identity, status or domains changed (and is committed): the next request reads
     * what changed. Content changes (its site, later its news) leave the villages as they are; other
     * nodes' are learnt by the periodic reading.
     */
    void villageChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) VillageContentChanged event) {
        if (event.concerns(VillageService.FEATURE)) {
            heard.incrementAndGet();
        }
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s == null || s.heardAt() < heard.get()) {
            return readNow();
        }
        // Changes of other nodes: one request looks for them, the others go on with what is known.
        if (s.checkedAt().plus(MAX_AGE).isBefore(clock.instant()) && reading.tryLock()) {
            try {
                return read(snapshot);
            } finally {
                reading.unlock();
            }
        }
        return s;
    }

    /** Waits for a reading that includes every change heard so far; one reading serves all who wait. */
    private Snapshot readNow() {
        reading.lock();
        try {
            Snapshot s = snapshot;
            if (s != null && s.heardAt() >= heard.get()) {
                return s;
            }
            return read(s);
        } finally {
            reading.unlock();
        }
    }

    private Snapshot read(Snapshot previous) {
        long heardAt = heard.get();
        Snapshot fresh = previous == null ? readAll(heardAt, null) : readChanges(previous, heardAt);
        // Read inside a transaction, a row may hold a change that is never committed: use it for this
        // request only, and let the next request read again.
        if (contentRevisions.outsideTransaction()) {
            snapshot = fresh;
        }
        return fresh;
    }

    private Snapshot readChanges(Snapshot previous, long heardAt) {
        Instant now = clock.instant();
        Instant readAt = databaseTime();
        List<Object[]> stamps = em.createQuery(
                        "select v.id, v.changedAt from Village v where v.changedAt >= :since", Object[].class)
                .setParameter("since", previous.readAt().minus(LATE_COMMIT))
                .getResultList();
        List<Long> changed = new ArrayList<>();
        Map<Long, Instant> recent = new HashMap<>();
        for (Object[] row : stamps) {
            Long id = (Long) row[0];
            Instant at = (Instant) row[1];
            recent.put(id, at);
            if (!at.equals(previous.recent().get(id))) {
                changed.add(id);
            }
        }
        // Domains are few (villages with a name of their own): read them all, so that one added or
        // removed in the database by hand is seen too, even without a stamp on its village.
        List<Object[]> domains = domains();
        Set<Long> domainOwners = ownersOfChangedDomains(previous, domains);
        for (Long owner : domainOwners) {
            if (!changed.contains(owner)) {
                changed.add(owner);
            }
        }
        if (changed.isEmpty()) {
            return previous.checked(now, heardAt, readAt, Map.copyOf(recent));
        }
        if (changed.size() > MAX_CHANGED) {
            return readAll(heardAt, previous.searchable());
        }
        Set<Long> changedIds = Set.copyOf(changed);
        List<Object[]> changedDomains =
                domains.stream().filter(d -> changedIds.contains((Long) d[0])).toList();
        Map<Long, VillageRef> changedRefs = refsOf(villages(changed), changedDomains);
        boolean same = domainOwners.isEmpty()
                && changedRefs.entrySet().stream()
                        .allMatch(e -> e.getValue().equals(previous.byId().get(e.getKey())));
        if (same) {
            return previous.checked(now, heardAt, readAt, Map.copyOf(recent));
        }
        Map<Long, VillageRef> byId = new HashMap<>(previous.byId());
        byId.putAll(changedRefs);
        Map<String, VillageRef> byHost = new HashMap<>();
        previous.byHost().forEach((host, v) -> {
            if (!changedRefs.containsKey(v.id())) {
                byHost.put(host, v);
            }
        });
        for (Object[] d : changedDomains) {
            byHost.put((String) d[1], changedRefs.get((Long) d[0]));
        }
        return snapshotOf(byId, byHost, previous.searchable(), now, heardAt, readAt, Map.copyOf(recent));
    }

    private Snapshot readAll(long heardAt, VillageSearchIndex previousIndex) {
        Instant now = clock.instant();
        Instant readAt = databaseTime();
        List<Object[]> villages = villages(null);
        List<Object[]> domains = domains();
        Map<Long, VillageRef> byId = refsOf(villages, domains);
        Map<String, VillageRef> byHost = new HashMap<>();
        for (Object[] d : domains) {
            VillageRef ref = byId.get((Long) d[0]);
            if (ref != null) {
                byHost.put((String) d[1], ref);
            }
        }
        // The rows the next reading reads again, with the stamps they have now.
        Instant since = readAt.minus(LATE_COMMIT);
        Map<Long, Instant> recent = new HashMap<>();
        for (Object[] v : villages) {
            Instant at = (Instant) v[10];
            if (at != null && !at.isBefore(since)) {
                recent.put((Long) v[0], at);
            }
        }
        return snapshotOf(byId, byHost, previousIndex, now, heardAt, readAt, Map.copyOf(recent));
    }

    /** The villages whose domains differ between the snapshot and the rows just read. */
    private static Set<Long> ownersOfChangedDomains(Snapshot previous, List<Object[]> domains) {
        Set<List<Object>> known = new HashSet<>();
        previous.byHost().forEach((host, v) -> known.add(List.of(v.id(), host, host.equals(v.primaryHost()))));
        Set<List<Object>> read = new HashSet<>();
        for (Object[] d : domains) {
            read.add(List.of((Long) d[0], (String) d[1], Boolean.TRUE.equals(d[2])));
        }
        Set<Long> owners = new HashSet<>();
        known.stream().filter(k -> !read.contains(k)).forEach(k -> owners.add((Long) k.get(0)));
        read.stream().filter(r -> !known.contains(r)).forEach(r -> owners.add((Long) r.get(0)));
        return owners;
    }

    /**
     * The database's clock, which stamps the changes: the next reading starts from it (less {@link
     * #LATE_COMMIT}), so the application's clock and time zone never enter the comparison. Read as
     * the stamps are read (a local date-time in the application's zone), whatever type the driver
     * returns.
     */
    private Instant databaseTime() {
        Object now = em.createNativeQuery("SELECT LOCALTIMESTAMP(6)").getSingleResult();
        if (now instanceof Timestamp t) {
            return t.toInstant();
        } else if (now instanceof LocalDateTime l) {
            return Timestamp.valueOf(l).toInstant();
        } else if (now instanceof OffsetDateTime o) {
            return Timestamp.valueOf(o.toLocalDateTime()).toInstant();
        }
        throw new IllegalStateException("Unexpected database time " + now);
    }

    private Snapshot snapshotOf(
            Map<Long, VillageRef> byId,
            Map<String, VillageRef> byHost,
            VillageSearchIndex previousIndex,
            Instant now,
            long heardAt,
            Instant readAt,
            Map<Long, Instant> recent) {
        Map<String, VillageRef> bySlug = new HashMap<>(byId.size() * 2);
        byId.values().forEach(v -> bySlug.put(v.slug(), v));
        List<VillageRef> active = byId.values().stream()
                .filter(VillageRef::isActive)
                .sorted(Comparator.comparing(VillageRef::name).thenComparing(VillageRef::code))
                .toList();
        // Most changes (a site's content, a domain) leave the active villages as they were: keep the index then.
        VillageSearchIndex searchable =
                previousIndex != null && previousIndex.villages().equals(active)
                        ? previousIndex
                        : new VillageSearchIndex(active);
        return new Snapshot(
                Map.copyOf(byId),
                Map.copyOf(bySlug),
                Map.copyOf(byHost),
                searchable,
                revisions.incrementAndGet(),
                now,
                heardAt,
                readAt,
                recent);
    }

    /**
     * The villages (all, or those of {@code ids}) as plain columns, not entities: with every village
     * of the country online, 83,762 managed entities (and their shared-cache copies) would cost
     * seconds and hundreds of MB per reading.
     */
    private List<Object[]> villages(List<Long> ids) {
        String select = "select v.id, v.code, v.slug, v.name, v.districtName, v.regencyName, v.provinceName,"
                + " v.timeZoneOverride, v.status, v.contentRevision, v.changedAt from Village v";
        return ids == null
                ? em.createQuery(select, Object[].class).getResultList()
                : em.createQuery(select + " where v.id in :ids", Object[].class)
                        .setParameter("ids", ids)
                        .getResultList();
    }

    private List<Object[]> domains() {
        return em.createQuery("select d.villageId, d.host, d.primary from VillageDomain d", Object[].class)
                .getResultList();
    }

    /** Builds the villages' snapshots, and tells {@link ContentRevisions} the revisions read. */
    private Map<Long, VillageRef> refsOf(List<Object[]> villages, List<Object[]> domains) {
        Map<Long, String> primaryHosts = new HashMap<>();
        for (Object[] d : domains) {
            if (Boolean.TRUE.equals(d[2])) {
                primaryHosts.putIfAbsent((Long) d[0], (String) d[1]);
            }
        }
        boolean committed = contentRevisions.outsideTransaction();
        Map<Long, VillageRef> byId = new HashMap<>(villages.size() * 2);
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
            if (committed) {
                contentRevisions.learn(id, ((Number) v[9]).longValue());
            }
        }
        return byId;
    }
}
