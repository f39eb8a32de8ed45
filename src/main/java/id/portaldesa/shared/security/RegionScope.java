package id.portaldesa.shared.security;

import java.util.Set;

/**
 * Where a person holds a regional permission: everywhere (the platform admin), nowhere, or inside
 * some provinces ({@code 15}) and regencies ({@code 15.02}). A code lies inside a region when it is
 * the region itself or starts with the region's code and a dot, so {@code 15.02} holds
 * {@code 15.02.02.2004} but neither {@code 15.021…} nor {@code 15.01.01.2001}.
 */
public record RegionScope(boolean everywhere, Set<String> regions) {

    public static final RegionScope NOWHERE = new RegionScope(false, Set.of());
    public static final RegionScope EVERYWHERE = new RegionScope(true, Set.of());

    public RegionScope {
        regions = Set.copyOf(regions);
    }

    public static RegionScope of(Set<String> regions) {
        return regions.isEmpty() ? NOWHERE : new RegionScope(false, regions);
    }

    /** Whether this region code (a village's, a district's …) lies inside the scope. */
    public boolean contains(String code) {
        if (everywhere) {
            return true;
        }
        return code != null && regions.stream().anyMatch(r -> code.equals(r) || code.startsWith(r + "."));
    }

    public boolean isEmpty() {
        return !everywhere && regions.isEmpty();
    }
}
