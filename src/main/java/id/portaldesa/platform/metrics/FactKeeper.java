package id.portaldesa.platform.metrics;

import id.portaldesa.shared.workflow.StateChanged;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps the facts up to date with every recorded change of a letter request, complaint or aspiration,
 * <b>in the mover's transaction</b> (an in-progress observer): a move that rolls back leaves no trace
 * in the facts, and a committed one is never missing from them. The mover has locked its record, so
 * its fact is written by one transaction at a time.
 *
 * <p>The months it changes are marked ({@code service_month_dirty}) in the same transaction. The month
 * figures follow after commit ({@link MonthKeeper}), which clears the marks; {@link MonthRepair}
 * recomputes the months of marks left behind. Not here: their recomputation
 * takes the village row's exclusive lock, which the mover's
 * transaction must not hold while the workflows open transactions of their own that insert rows
 * referring to the village (signing a letter creates the village's signing key so, and would wait
 * for its own caller).
 */
@ApplicationScoped
public class FactKeeper {

    /** What {@code VillageChanges.record} is told. */
    public static final String CHANGE = "platform.metrics";

    @Inject
    FactStore store;

    @Inject
    Event<FactsChanged> changed;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The transaction's one {@link FactsChanged}, announced (for after commit) when first needed. */
    private FactsChanged pendingOfThisTransaction() {
        FactsChanged pending = (FactsChanged) transactions.getResource(FactsChanged.class);
        if (pending == null) {
            pending = new FactsChanged();
            transactions.putResource(FactsChanged.class, pending);
            changed.fire(pending);
        }
        return pending;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onChange(@Observes StateChanged change) {
        Optional<Workflow> workflow = Workflow.ofSubject(change.subjectType());
        if (workflow.isEmpty()) {
            return;
        }
        ZoneId zone = store.zoneOf(change.villageId());
        Optional<Fact> kept = store.find(change.villageId(), workflow.get(), change.subjectId());
        Fact fact = kept.orElseGet(() -> new Fact(change.villageId(), workflow.get(), change.subjectId()));
        Set<Integer> months = new TreeSet<>(FactStore.monthsOf(fact, zone));
        fact.apply(change.id(), change.fromState(), change.toState(), change.at(), change.kind(), change.targetHours());
        months.addAll(FactStore.monthsOf(fact, zone));
        store.save(fact, zone, kept.isEmpty());
        Set<Integer> marked = pendingOfThisTransaction().add(change.villageId(), workflow.get(), months);
        // Marked in the mover's transaction: should the recomputation after commit never happen,
        // the hourly MonthRepair finds the mark and recomputes the month.
        store.markDirty(change.villageId(), workflow.get(), marked, change.at());
    }
}
