package id.portaldesa.platform.metrics;

import id.portaldesa.village.VillageChanges;
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
 * After a mover's commit: records the village change (the public service page and the home page show
 * the new figures at once) and recomputes the month figures the changed facts count in, from the
 * committed facts, in a transaction of its own. Recording the change first locks the village's row,
 * so recomputations of one village take turns and each reads the facts as committed after the one
 * before (a consistent read that starts after the lock): none is lost. Should the node stop between
 * the two commits, the month rows lag until the village's next change or a rebuild; the public page
 * reads the facts themselves and never lags.
 */
@ApplicationScoped
public class MonthKeeper {

    private static final Logger LOG = Logger.getLogger(MonthKeeper.class.getName());

    @Inject
    FactStore store;

    @Inject
    VillageChanges changes;

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

    /** One village's changed months, in a transaction of its own after the mover's commit. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recomputeVillage(long villageId, Map<Workflow, Set<Integer>> byWorkflow) {
        changes.record(villageId, FactKeeper.CHANGE);
        ZoneId zone = store.zoneOf(villageId);
        byWorkflow.forEach((workflow, months) -> recompute(villageId, workflow, zone, months));
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
