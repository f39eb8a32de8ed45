package id.portaldesa.platform.metrics;

import id.portaldesa.shared.workflow.StateChanged;
import id.portaldesa.village.VillageChanges;
import id.portaldesa.village.VillageClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps the facts and month figures up to date with every recorded change of a letter request,
 * complaint or aspiration, <b>in the mover's transaction</b> (an in-progress observer): a move that
 * rolls back leaves no trace in the figures, and a committed one is never missing from them.
 *
 * <p>The village's content revision is recorded first ({@link VillageChanges}): the public service
 * page shows the new figures at once (page cache and kept readings follow the revision), and the
 * lock it takes on the village's row makes two changes of one village take turns, so the month
 * figures recomputed from the facts (read with locks, so the latest committed) cannot lose one.
 */
@ApplicationScoped
public class FactKeeper {

    /** What {@link VillageChanges#record} is told. */
    public static final String CHANGE = "platform.metrics";

    @Inject
    FactStore store;

    @Inject
    VillageChanges changes;

    @Inject
    VillageClock clocks;

    @Transactional(Transactional.TxType.MANDATORY)
    void onChange(@Observes StateChanged change) {
        Optional<Workflow> workflow = Workflow.ofSubject(change.subjectType());
        if (workflow.isEmpty()) {
            return;
        }
        changes.record(change.villageId(), CHANGE);
        ZoneId zone = clocks.of(change.villageId()).zone();
        Optional<Fact> kept = store.lock(change.villageId(), workflow.get(), change.subjectId());
        Fact fact = kept.orElseGet(() -> new Fact(change.villageId(), workflow.get(), change.subjectId()));
        Set<Integer> months = new TreeSet<>(FactStore.monthsOf(fact, zone));
        fact.apply(change.id(), change.fromState(), change.toState(), change.at(), change.kind(), change.targetHours());
        months.addAll(FactStore.monthsOf(fact, zone));
        store.save(fact, zone, kept.isEmpty());
        recompute(change.villageId(), workflow.get(), zone, months);
    }

    /** Recomputes a village's month figures of these months from its facts. */
    void recompute(long villageId, Workflow workflow, ZoneId zone, Set<Integer> months) {
        List<Fact> facts = store.touching(villageId, workflow, months, true);
        Map<Integer, Figures> figures = new LinkedHashMap<>();
        for (Integer m : months) {
            figures.put(m, Figures.of(facts, zone, Set.of(m)));
        }
        store.saveMonths(villageId, workflow, figures);
    }
}
