package id.portaldesa.platform.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The facts ({@code service_fact}) and month figures ({@code service_month}) in the database, by
 * native SQL: both are derived tables with composite keys, written in multi-row statements by the
 * rebuild. Times are written and read as {@link Timestamp}s, as the shared {@code InstantConverter}
 * writes every other instant.
 */
@ApplicationScoped
public class FactStore {

    static final String COLUMNS = "village_id, subject_type, subject_id, kind, state, received_at, received_month,"
            + " done_at, done_month, response_at, response_month, returned_seconds, returned_since, target_hours,"
            + " due_at, accepted, last_change_id";
    private static final int FACT_PARAMETERS = 17;
    private static final int ROWS_A_STATEMENT = 300;

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    id.portaldesa.village.VillageDirectory directory;

    /**
     * Locks the village's row until the transaction ends: one village's month recomputations take
     * turns, and each reads the facts as committed after the one before.
     */
    public void lockVillage(long villageId) {
        em.createNativeQuery("SELECT id FROM village WHERE id = ?1 FOR UPDATE")
                .setParameter(1, villageId)
                .getResultList();
    }

    /**
     * The village's time zone: from the directory (memory), or, for a village created in the
     * transaction still running (demo data, onboarding), from its row.
     */
    public ZoneId zoneOf(long villageId) {
        return directory.byId(villageId).map(v -> v.timeZone().zone()).orElseGet(() -> {
            Object[] row = (Object[]) em.createNativeQuery("SELECT time_zone, code FROM village WHERE id = ?1")
                    .setParameter(1, villageId)
                    .getSingleResult();
            return (row[0] == null
                            ? id.portaldesa.village.VillageTimeZone.ofRegion((String) row[1])
                            : id.portaldesa.village.VillageTimeZone.valueOf((String) row[0]))
                    .zone();
        });
    }

    /**
     * One fact, for its record's mover to fold a change into; empty before its first change. A locking
     * read: under REPEATABLE READ a plain read would return the snapshot from before the mover waited
     * for the record's lock, and the fact would lose the move committed meanwhile.
     */
    public Optional<Fact> find(long villageId, Workflow workflow, long subjectId) {
        List<?> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM service_fact WHERE village_id = ?1"
                        + " AND subject_type = ?2 AND subject_id = ?3 FOR UPDATE")
                .setParameter(1, villageId)
                .setParameter(2, workflow.subject())
                .setParameter(3, subjectId)
                .getResultList();
        return rows.stream().findFirst().map(r -> fact((Object[]) r));
    }

    /** The facts of one village and workflow touching one of these months. */
    public List<Fact> touching(long villageId, Workflow workflow, Collection<Integer> months) {
        if (months.isEmpty()) {
            return List.of();
        }
        StringBuilder in = new StringBuilder();
        int p = 3;
        for (int i = 0; i < months.size(); i++) {
            in.append(i == 0 ? "" : ", ").append('?').append(p++);
        }
        Query q = em.createNativeQuery("SELECT " + COLUMNS + " FROM service_fact WHERE village_id = ?1"
                + " AND subject_type = ?2 AND (received_month IN (" + in + ") OR done_month IN (" + in
                + ") OR response_month IN (" + in + "))");
        q.setParameter(1, villageId).setParameter(2, workflow.subject());
        p = 3;
        for (Integer m : months) {
            q.setParameter(p++, m);
        }
        List<Fact> facts = new ArrayList<>();
        for (Object r : q.getResultList()) {
            facts.add(fact((Object[]) r));
        }
        return facts;
    }

    /** Writes a fact (new or changed) with its months in the village's zone. */
    public void save(Fact f, ZoneId zone, boolean isNew) {
        if (!isNew) {
            em.createNativeQuery("DELETE FROM service_fact WHERE village_id = ?1 AND subject_type = ?2"
                            + " AND subject_id = ?3")
                    .setParameter(1, f.villageId())
                    .setParameter(2, f.workflow().subject())
                    .setParameter(3, f.subjectId())
                    .executeUpdate();
        }
        insert(List.of(f), zone);
    }

    /** Writes new facts in multi-row statements. */
    public void insert(List<Fact> facts, ZoneId zone) {
        for (int from = 0; from < facts.size(); from += ROWS_A_STATEMENT) {
            List<Fact> chunk = facts.subList(from, Math.min(facts.size(), from + ROWS_A_STATEMENT));
            StringBuilder sql = new StringBuilder("INSERT INTO service_fact (" + COLUMNS + ") VALUES ");
            int p = 1;
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "(" : ", (");
                for (int c = 0; c < FACT_PARAMETERS; c++) {
                    sql.append(c == 0 ? "" : ", ").append('?').append(p++);
                }
                sql.append(')');
            }
            Query q = em.createNativeQuery(sql.toString());
            p = 1;
            for (Fact f : chunk) {
                q.setParameter(p++, f.villageId());
                q.setParameter(p++, f.workflow().subject());
                q.setParameter(p++, f.subjectId());
                q.setParameter(p++, f.kind());
                q.setParameter(p++, f.state());
                q.setParameter(p++, timestamp(f.receivedAt()));
                q.setParameter(p++, Fact.monthOf(f.receivedAt(), zone));
                q.setParameter(p++, timestamp(f.doneAt()));
                q.setParameter(p++, Fact.monthOf(f.doneAt(), zone));
                q.setParameter(p++, timestamp(f.responseAt()));
                q.setParameter(p++, Fact.monthOf(f.responseAt(), zone));
                q.setParameter(p++, f.returnedSeconds());
                q.setParameter(p++, timestamp(f.returnedSince()));
                q.setParameter(p++, f.targetHours());
                q.setParameter(p++, timestamp(f.dueAt()));
                q.setParameter(p++, f.accepted());
                q.setParameter(p++, f.lastChangeId());
            }
            q.executeUpdate();
        }
    }

    /** Replaces the month figures of a village's workflow for these months (none where all is zero). */
    public void saveMonths(long villageId, Workflow workflow, java.util.Map<Integer, Figures> months) {
        if (months.isEmpty()) {
            return;
        }
        StringBuilder in = new StringBuilder();
        int p = 3;
        for (int i = 0; i < months.size(); i++) {
            in.append(i == 0 ? "" : ", ").append('?').append(p++);
        }
        Query delete = em.createNativeQuery("DELETE FROM service_month WHERE village_id = ?1 AND subject_type = ?2"
                + " AND period IN (" + in + ")");
        delete.setParameter(1, villageId).setParameter(2, workflow.subject());
        p = 3;
        for (Integer m : months.keySet()) {
            delete.setParameter(p++, m);
        }
        delete.executeUpdate();
        List<java.util.Map.Entry<Integer, Figures>> rows =
                months.entrySet().stream().filter(e -> !e.getValue().isEmpty()).toList();
        for (int from = 0; from < rows.size(); from += ROWS_A_STATEMENT) {
            var chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_A_STATEMENT));
            StringBuilder sql =
                    new StringBuilder("INSERT INTO service_month (village_id, subject_type, period, received,"
                            + " done, received_done, accepted, with_target, within_target, median_done, p90_done, median_net,"
                            + " p90_net, median_response) VALUES ");
            p = 1;
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "(" : ", (");
                for (int c = 0; c < 14; c++) {
                    sql.append(c == 0 ? "" : ", ").append('?').append(p++);
                }
                sql.append(')');
            }
            Query q = em.createNativeQuery(sql.toString());
            p = 1;
            for (var e : chunk) {
                Figures f = e.getValue();
                q.setParameter(p++, villageId);
                q.setParameter(p++, workflow.subject());
                q.setParameter(p++, e.getKey());
                q.setParameter(p++, f.received());
                q.setParameter(p++, f.done());
                q.setParameter(p++, f.receivedDone());
                q.setParameter(p++, f.accepted());
                q.setParameter(p++, f.withTarget());
                q.setParameter(p++, f.withinTarget());
                q.setParameter(p++, f.medianDone());
                q.setParameter(p++, f.p90Done());
                q.setParameter(p++, f.medianNet());
                q.setParameter(p++, f.p90Net());
                q.setParameter(p++, f.medianResponse());
            }
            q.executeUpdate();
        }
    }

    /** The months (yyyymm) a fact counts in. */
    static Set<Integer> monthsOf(Fact f, ZoneId zone) {
        Set<Integer> months = new TreeSet<>();
        for (Instant at : new Instant[] {f.receivedAt(), f.doneAt(), f.responseAt()}) {
            Integer m = Fact.monthOf(at, zone);
            if (m != null) {
                months.add(m);
            }
        }
        return months;
    }

    /** Every fact of a village and workflow since a month (received, done or answered since). */
    public List<Fact> since(long villageId, Workflow workflow, int month) {
        List<Fact> facts = new ArrayList<>();
        for (Object r : em.createNativeQuery(
                        "SELECT " + COLUMNS + " FROM service_fact WHERE village_id = ?1"
                                + " AND subject_type = ?2 AND (received_month >= ?3 OR done_month >= ?3 OR response_month >= ?3)")
                .setParameter(1, villageId)
                .setParameter(2, workflow.subject())
                .setParameter(3, month)
                .getResultList()) {
            facts.add(fact((Object[]) r));
        }
        return facts;
    }

    /** Marks months of a village's workflow as still to recompute (in the mover's transaction). */
    public void markDirty(long villageId, Workflow workflow, Collection<Integer> months, Instant at) {
        for (Integer m : months) {
            em.createNativeQuery("INSERT INTO service_month_dirty (village_id, subject_type, period, marked_at)"
                            + " VALUES (?1, ?2, ?3, ?4)")
                    .setParameter(1, villageId)
                    .setParameter(2, workflow.subject())
                    .setParameter(3, m)
                    .setParameter(4, timestamp(at))
                    .executeUpdate();
        }
    }

    /** A mark of a month still to recompute. */
    public record Dirty(long id, Workflow workflow, int month) {}

    /** The village's marks as this transaction sees them (after {@link #lockVillage}). */
    public List<Dirty> dirty(long villageId) {
        List<Dirty> marks = new ArrayList<>();
        for (Object o : em.createNativeQuery(
                        "SELECT id, subject_type, period FROM service_month_dirty WHERE village_id = ?1 ORDER BY id")
                .setParameter(1, villageId)
                .getResultList()) {
            Object[] r = (Object[]) o;
            Workflow.ofSubject((String) r[1])
                    .ifPresent(w -> marks.add(new Dirty(number(r[0]), w, ((Number) r[2]).intValue())));
        }
        return marks;
    }

    /** Clears marks whose months were recomputed. */
    public void clear(Collection<Dirty> marks) {
        for (Dirty d : marks) {
            em.createNativeQuery("DELETE FROM service_month_dirty WHERE id = ?1")
                    .setParameter(1, d.id())
                    .executeUpdate();
        }
    }

    /** The villages with a mark older than the cutoff (left behind by a recomputation that never came). */
    @SuppressWarnings("unchecked")
    public List<Long> villagesMarkedBefore(Instant cutoff) {
        return ((List<Number>)
                        em.createNativeQuery("SELECT DISTINCT village_id FROM service_month_dirty WHERE marked_at < ?1")
                                .setParameter(1, timestamp(cutoff))
                                .getResultList())
                .stream().map(Number::longValue).toList();
    }

    /** Forgets a village's facts, months and marks (the rebuild's first step). */
    public void forget(long villageId) {
        em.createNativeQuery("DELETE FROM service_month_dirty WHERE village_id = ?1")
                .setParameter(1, villageId)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM service_month WHERE village_id = ?1")
                .setParameter(1, villageId)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM service_fact WHERE village_id = ?1")
                .setParameter(1, villageId)
                .executeUpdate();
    }

    private static Fact fact(Object[] r) {
        Workflow workflow = Workflow.ofSubject((String) r[1]).orElseThrow();
        return Fact.restored(
                number(r[0]),
                workflow,
                number(r[2]),
                (String) r[3],
                (String) r[4],
                instant(r[5]),
                instant(r[7]),
                instant(r[9]),
                number(r[11]),
                instant(r[12]),
                r[13] == null ? null : ((Number) r[13]).intValue(),
                number(r[16]));
    }

    static long number(Object o) {
        return ((Number) o).longValue();
    }

    static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    /** A DATETIME as the driver hands it back (a Timestamp, or a LocalDateTime in the JVM's zone). */
    static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof LocalDateTime l) {
            return Timestamp.valueOf(l).toInstant();
        }
        throw new IllegalStateException("Not a time: " + o.getClass());
    }
}
