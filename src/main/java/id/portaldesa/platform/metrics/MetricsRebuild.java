package id.portaldesa.platform.metrics;

import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.shared.security.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Rebuilds the service figures from scratch from the recorded state changes alone (after a bulk
 * import of history, or to check the incremental figures): village by village, each in a transaction
 * of its own ({@link VillageRebuild}), never one giant transaction. Platform admins only. Started by
 * {@code POST /api/v1/wilayah/kinerja/bangun-ulang} on the platform host (README, "Service figures").
 */
@ApplicationScoped
public class MetricsRebuild {

    private static final Logger LOG = Logger.getLogger(MetricsRebuild.class.getName());

    /** What a rebuild did. */
    public record Result(int villages, long changes, long millis) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    VillageRebuild chunk;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    /** Every village (not in a transaction: each village commits on its own). */
    public Result rebuildAll() {
        user.require(Permission.MANAGE_PLATFORM);
        Instant started = clock.instant();
        @SuppressWarnings("unchecked")
        List<Number> ids =
                em.createNativeQuery("SELECT id FROM village ORDER BY id").getResultList();
        long folded = 0;
        for (Number id : ids) {
            folded += chunk.rebuild(id.longValue());
        }
        Result result = new Result(
                ids.size(), folded, Duration.between(started, clock.instant()).toMillis());
        LOG.info(() -> "Service figures rebuilt: " + result);
        return result;
    }

    /** One village (tests, or after a repair of its history). */
    public Result rebuild(long villageId) {
        user.require(Permission.MANAGE_PLATFORM);
        Instant started = clock.instant();
        long folded = chunk.rebuild(villageId);
        return new Result(1, folded, Duration.between(started, clock.instant()).toMillis());
    }
}
