package id.portaldesa.shared.security;

import id.portaldesa.shared.NotFoundException;

/**
 * What the person of the current request may do in which region, for code below {@code account}
 * (the {@code village} feature) that must check a regional permission without depending on the
 * account feature. Implemented by {@code account.security.CurrentUser}.
 */
public interface RegionalAuthority {

    /** The regions where the current person holds this regional permission. */
    RegionScope scopeOf(Permission permission);

    /** Whether the village (or other region) with this code lies where the person holds the permission. */
    default boolean canIn(Permission permission, String regionCode) {
        return scopeOf(permission).contains(regionCode);
    }

    /** As {@link #canIn}, at the entry of a service method: outside the region, the thing does not exist. */
    default void requireIn(Permission permission, String regionCode) {
        if (!canIn(permission, regionCode)) {
            throw new NotFoundException();
        }
    }
}
