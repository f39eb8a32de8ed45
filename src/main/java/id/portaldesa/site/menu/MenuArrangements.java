package id.portaldesa.site.menu;

import id.portaldesa.site.SnapshotCache;
import id.portaldesa.village.ContentRevisions;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** Every village's menu order, from memory: every public page renders the menu. */
@ApplicationScoped
public class MenuArrangements {

    @PersistenceContext
    EntityManager em;

    @Inject
    ContentRevisions revisions;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final SnapshotCache<MenuArrangement> cache =
            new SnapshotCache<>(20_000, Duration.ofDays(365), Clock.systemUTC());

    public MenuArrangement of(long villageId) {
        return cache.get(villageId, revisions, transactions, this::read);
    }

    private MenuArrangement read(long villageId) {
        Map<String, MenuArrangement.Placement> placements = new HashMap<>();
        em.createQuery("select e from MenuPlacement e where e.villageId = :v", MenuPlacement.class)
                .setParameter("v", villageId)
                .getResultList()
                .forEach(p ->
                        placements.put(p.getEntryKey(), new MenuArrangement.Placement(p.getPosition(), p.isHidden())));
        return placements.isEmpty() ? MenuArrangement.NONE : new MenuArrangement(placements);
    }
}
