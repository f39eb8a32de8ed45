package id.portaldesa.platform.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * After a mover's commit: recomputes the month figures the changed facts count in, from the committed
 * facts, in a transaction of its own. It locks the village's row first, so recomputations of one
 * village take turns and each reads the facts as committed after the one before (a consistent read
 * that starts after the lock): none is lost. It records no village change: a letter or complaint
 * moving must not empty the village's stored public pages (the public figures follow within a
 * minute, {@link VillageMetrics}). Should the node stop between the two commits, or the
 * recomputation fail, the marks the mover wrote ({@code service_month_dirty}) stay, and the next
 * recomputation of the village, or the hourly {@link MonthRepair}, recomputes those months too.
 */
@ApplicationScoped
public class MonthKeeper {

    private static final Logger LOG = Logger.getLogger(MonthKeeper.class.getName());

    @Inject
    FactStore store;

    @Inject
    MonthKeeper self;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) FactsChanged changed) {
        changed.months().forEach((villageId, byWorkflow) -> {
            try {
                self.recomputeVillage(villageId, byWorkflow);
            } catch (RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        e,
                        () -> "Month figures not recomputed (a rebuild repairs them): village " + villageId + " "
                                + byWorkflow);
            }
        });
    }

    /**
     * One village's changed months, and every month still marked, in a transaction of its own after
     * the mover's commit (or in the hourly repair); clears the marks it recomputed.
     *
     * @return how many months were recomputed
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int recomputeVillage(long villageId, Map<Workflow, Set<Integer>> byWorkflow) {
        store.lockVillage(villageId);
        List<FactStore.Dirty> marks = store.dirty(villageId);
        Map<Workflow, Set<Integer>> all = new java.util.EnumMap<>(Workflow.class);
        byWorkflow.forEach((w, months) ->
                all.computeIfAbsent(w, x -> new java.util.TreeSet<>()).addAll(months));
        marks.forEach(d -> all.computeIfAbsent(d.workflow(), x -> new java.util.TreeSet<>())
                .add(d.month()));
        ZoneId zone = store.zoneOf(villageId);
        all.forEach((workflow, months) -> recompute(villageId, workflow, zone, months));
        store.clear(marks);
        return all.values().stream().mapToInt(Set::size).sum();
    }

    /** Recomputes a village's month figures of these months from its facts. */
    void recompute(long villageId, Workflow workflow, ZoneId zone, Set<Integer> months) {
        List<Fact> facts = store.touching(villageId, workflow, months);
        Map<Integer, Figures> figures = new LinkedHashMap<>();
        for (Integer m : months) {
            figures.put(m, Figures.of(facts, zone, Set.of(m)));
        }
        store.saveMonths(villageId, workflow, figures);
    }
}
