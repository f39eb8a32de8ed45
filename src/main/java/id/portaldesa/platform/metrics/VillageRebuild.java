package id.portaldesa.platform.metrics;

import id.portaldesa.village.VillageChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One chunk of a rebuild: one village's facts and month figures forgotten and folded again from its
 * recorded changes alone, in one transaction of its own. The village's row is locked first (as every
 * incremental change does), so a change recorded meanwhile waits and is then applied on top.
 */
@ApplicationScoped
public class VillageRebuild {

    /** Changes read at a time (by id), so a busy village is not read in one result. */
    static final int PAGE = 20_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    FactStore store;

    @Inject
    VillageChanges changes;

    /** @return how many recorded changes were folded */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long rebuild(long villageId) {
        changes.record(villageId, FactKeeper.CHANGE);
        ZoneId zone = store.zoneOf(villageId);
        store.forget(villageId);
        Map<Workflow, Map<Long, Fact>> facts = new LinkedHashMap<>();
        long lastId = 0;
        long folded = 0;
        while (true) {
            List<?> rows = em.createNativeQuery("SELECT id, subject_type, subject_id, from_state, to_state, changed_at,"
                            + " kind, target_hours FROM state_change WHERE village_id = ?1 AND id > ?2"
                            + " AND subject_type IN ('letterRequest', 'complaint', 'aspiration') ORDER BY id")
                    .setParameter(1, villageId)
                    .setParameter(2, lastId)
                    .setMaxResults(PAGE)
                    .getResultList();
            for (Object o : rows) {
                Object[] r = (Object[]) o;
                lastId = FactStore.number(r[0]);
                Workflow w = Workflow.ofSubject((String) r[1]).orElseThrow();
                long subject = FactStore.number(r[2]);
                facts.computeIfAbsent(w, x -> new HashMap<>())
                        .computeIfAbsent(subject, s -> new Fact(villageId, w, s))
                        .apply(
                                lastId,
                                (String) r[3],
                                (String) r[4],
                                FactStore.instant(r[5]),
                                (String) r[6],
                                r[7] == null ? null : ((Number) r[7]).intValue());
                folded++;
            }
            if (rows.size() < PAGE) {
                break;
            }
        }
        for (Map.Entry<Workflow, Map<Long, Fact>> e : facts.entrySet()) {
            List<Fact> all = new ArrayList<>(e.getValue().values());
            store.insert(all, zone);
            store.saveMonths(villageId, e.getKey(), monthly(all, zone));
        }
        return folded;
    }

    /** Every month's figures of these facts, computed as the incremental keeper computes one. */
    static Map<Integer, Figures> monthly(List<Fact> facts, ZoneId zone) {
        Map<Integer, List<Fact>> byMonth = new TreeMap<>();
        for (Fact f : facts) {
            for (Integer m : FactStore.monthsOf(f, zone)) {
                byMonth.computeIfAbsent(m, x -> new ArrayList<>()).add(f);
            }
        }
        Map<Integer, Figures> figures = new LinkedHashMap<>();
        byMonth.forEach((m, list) -> figures.put(m, Figures.of(list, zone, new TreeSet<>(Set.of(m)))));
        return figures;
    }
}
