package id.portaldesa.platform.metrics;

import java.io.Serializable;
import java.util.Set;

/**
 * A fact of a village changed in the transaction running (fired by {@link FactKeeper}); after commit
 * the month figures of these months are recomputed ({@link MonthKeeper}).
 */
public record FactsChanged(long villageId, Workflow workflow, Set<Integer> months) implements Serializable {

    public FactsChanged {
        months = Set.copyOf(months);
    }
}
