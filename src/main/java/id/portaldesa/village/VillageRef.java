package id.portaldesa.village;

import java.io.Serializable;

/**
 * An immutable snapshot of a village's identity, enough to resolve requests without touching the
 * database. Kept in {@link VillageDirectory}. What the village shows about itself (tagline, contact,
 * colours, logo) is the site feature's.
 */
public record VillageRef(
        long id,
        String code,
        String slug,
        String name,
        String districtName,
        String regencyName,
        String provinceName,
        VillageTimeZone timeZone,
        VillageStatus status,
        String primaryHost)
        implements Serializable {

    static VillageRef of(Village v, String primaryHost) {
        return new VillageRef(
                v.getId(),
                v.getCode(),
                v.getSlug(),
                v.getName(),
                v.getDistrictName(),
                v.getRegencyName(),
                v.getProvinceName(),
                v.getTimeZone(),
                v.getStatus(),
                primaryHost);
    }

    public boolean isActive() {
        return status == VillageStatus.ACTIVE;
    }

    /** Two letters for the badge shown where a village has no logo yet. */
    public String initials() {
        String[] words = name.trim().split("\\s+");
        String first = words[0].substring(0, 1);
        return (words.length > 1 ? first + words[1].charAt(0) : name.substring(0, Math.min(2, name.length())))
                .toUpperCase(java.util.Locale.ROOT);
    }
}
