package id.portaldesa.shared.persistence;

/**
 * The village the current work is for, as {@code shared} may know it: only its id. Implemented by
 * the village feature's request-scoped {@code CurrentVillage}; shared services that keep
 * village-owned records (the state-change history) filter on it exactly like the village-scoped
 * repositories do.
 */
public interface VillageScope {

    /** The id of the current village; "not found" when the work has none. */
    long villageId();
}
