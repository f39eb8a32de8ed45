package id.portaldesa.platform.metrics;

import id.portaldesa.shared.seams.VillageHousekeeping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The hourly repair of month figures whose recomputation after a mover's commit never happened (it
 * failed, or the node stopped between the two commits): the mover marked the months in its own
 * transaction ({@code service_month_dirty}); a mark older than {@link #GRACE} was left behind, and
 * its village's marked months are recomputed ({@link MonthKeeper#recomputeVillage}, which clears
 * them). Two nodes repairing the same village take turns on the village's row lock; the second finds
 * nothing left to do.
 */
@ApplicationScoped
public class MonthRepair implements VillageHousekeeping {

    /** Time the recomputation after commit has to clear its marks before the repair takes them. */
    static final Duration GRACE = Duration.ofMinutes(5);

    @Inject
    FactStore store;

    @Inject
    MonthKeeper keeper;

    @Override
    public String name() {
        return "Service figures: months repaired";
    }

    @Override
    @Transactional
    public List<Long> villagesToLookAt(Instant now) {
        return store.villagesMarkedBefore(now.minus(GRACE));
    }

    @Override
    public int clean(long villageId, Instant now) {
        return keeper.recomputeVillage(villageId, Map.of());
    }
}
