package id.portaldesa.village;

import java.io.Serializable;

/**
 * One village of the official list as the platform console lists it: its names from the list and,
 * when it is on this deployment, its id, slug and status. Getters (not a record) so pages can sort by
 * {@code #{row.name}}.
 */
public final class OfficialVillage implements Serializable {

    private final String code;
    private final String name;
    private final String districtName;
    private final String regencyName;
    private final Long villageId;
    private final String slug;
    private final VillageStatus status;

    public OfficialVillage(
            String code,
            String name,
            String districtName,
            String regencyName,
            Long villageId,
            String slug,
            VillageStatus status) {
        this.code = code;
        this.name = name;
        this.districtName = districtName;
        this.regencyName = regencyName;
        this.villageId = villageId;
        this.slug = slug;
        this.status = status;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getDistrictName() {
        return districtName;
    }

    public String getRegencyName() {
        return regencyName;
    }

    /** The village's id on this deployment; null when it is not onboarded. */
    public Long getVillageId() {
        return villageId;
    }

    public String getSlug() {
        return slug;
    }

    /** Null when the village is not onboarded. */
    public VillageStatus getStatus() {
        return status;
    }

    public boolean isOnboarded() {
        return villageId != null;
    }

    @Override
    public String toString() {
        return code + " " + name;
    }
}
