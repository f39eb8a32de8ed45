package id.portaldesa.platform.metrics;

import java.io.Serializable;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The facts one transaction changed, by village and workflow, with the months they count in: fired
 * once per transaction by {@link FactKeeper} (which keeps adding to it while the transaction runs,
 * so a transaction that moves two thousand records recomputes each month once, not two thousand
 * times); after commit {@link MonthKeeper} recomputes those months.
 */
public final class FactsChanged implements Serializable {

    private final Map<Long, Map<Workflow, Set<Integer>>> months = new TreeMap<>();

    /** @return the months not yet among this transaction's (their markers are still to write) */
    synchronized Set<Integer> add(long villageId, Workflow workflow, Set<Integer> changed) {
        Set<Integer> known =
                months.computeIfAbsent(villageId, v -> new TreeMap<>()).computeIfAbsent(workflow, w -> new TreeSet<>());
        Set<Integer> added = new TreeSet<>(changed);
        added.removeAll(known);
        known.addAll(added);
        return added;
    }

    /** Village id → workflow → months, villages in id order (the order their rows are locked in). */
    public synchronized Map<Long, Map<Workflow, Set<Integer>>> months() {
        Map<Long, Map<Workflow, Set<Integer>>> copy = new TreeMap<>();
        months.forEach((v, byWorkflow) -> {
            Map<Workflow, Set<Integer>> inner = new TreeMap<>();
            byWorkflow.forEach((w, m) -> inner.put(w, Set.copyOf(m)));
            copy.put(v, inner);
        });
        return copy;
    }

    @Override
    public synchronized String toString() {
        return "FactsChanged" + months;
    }
}
