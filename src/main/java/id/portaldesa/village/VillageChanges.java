package id.portaldesa.village;

import id.portaldesa.shared.NotFoundException;
import id.portaldesa.shared.events.VillageContentChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * How a service says "something public of this village changes": it bumps the village's content
 * revision in the database, in the service's own transaction, and fires {@link VillageContentChanged},
 * which caches hear after commit. The service never names a cache; the revision lets every node,
 * this one at once and others from the database, tell a kept page from a current one.
 */
@ApplicationScoped
public class VillageChanges {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<VillageContentChanged> events;

    /**
     * Call first in the transaction that makes the change: the increment locks the village's row
     * until commit, so two changes of one village take turns (two first logo uploads, say) instead of
     * racing.
     *
     * @param what the feature and thing, e.g. {@code "site.logo"}
     * @return the village's new content revision
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long record(long villageId, String what) {
        int updated = em.createNativeQuery(
                        "UPDATE village SET content_revision = content_revision + 1, changed_at = CURRENT_TIMESTAMP(6)"
                                + " WHERE id = ?")
                .setParameter(1, villageId)
                .executeUpdate();
        if (updated == 0) {
            throw new NotFoundException();
        }
        long revision = ((Number) em.createNativeQuery("SELECT content_revision FROM village WHERE id = ?")
                        .setParameter(1, villageId)
                        .getSingleResult())
                .longValue();
        events.fire(new VillageContentChanged(villageId, what, revision));
        return revision;
    }
}
