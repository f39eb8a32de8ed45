package id.portaldesa.shared.events;

import java.io.Serializable;

/**
 * Something a village shows to the public has changed and is committed: its identity or status, its
 * site profile or logo, later its news, products or destinations. Plain data, so that it can be sent
 * to the other nodes of a cluster as it is.
 *
 * <p>Observers that keep anything derived from a village (caches, counters) listen after commit:
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}. Nobody calls an invalidation by hand.
 * Observers must not mind hearing an event twice or late (they keep the highest revision): so a
 * cluster can later relay each event to the other nodes (say, over a Hazelcast topic) and fire it
 * there again, where, outside any transaction, it reaches the same observers at once.
 *
 * @param villageId the village whose content changed
 * @param what the feature and thing that changed, e.g. {@code "site.profile"}, {@code "village.status"}
 * @param revision the village's content revision after the change, as stored in the database;
 *     revisions only grow, so a node that hears of changes out of order keeps the highest
 */
public record VillageContentChanged(long villageId, String what, long revision) implements Serializable {

    public VillageContentChanged {
        if (what == null || what.isBlank()) {
            throw new IllegalArgumentException("say what changed");
        }
    }

    /** Whether the change is about the given feature: {@code concerns("village")} for {@code "village.status"}. */
    public boolean concerns(String feature) {
        return what.equals(feature) || what.startsWith(feature + ".");
    }
}
