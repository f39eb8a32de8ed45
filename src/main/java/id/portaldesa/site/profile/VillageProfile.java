package id.portaldesa.site.profile;

import id.portaldesa.shared.persistence.VillageOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** The long texts and figures of a village's profile page; one row per village, made on its first change. */
@Entity
@Table(name = "site_profile")
public class VillageProfile extends VillageOwned {

    private String history;
    private String vision;
    private String mission;
    private BigDecimal latitude;
    private BigDecimal longitude;

    @Column(name = "area_km2")
    private BigDecimal areaKm2;

    private Integer population;
    private Integer households;
    private Integer hamlets;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected VillageProfile() {}

    VillageProfile(long villageId, Instant now) {
        super(villageId);
        this.updatedAt = now;
    }

    void change(ProfileDetails d, Instant now) {
        history = blankToNull(d.history());
        vision = blankToNull(d.vision());
        mission = blankToNull(d.mission());
        latitude = d.latitude();
        longitude = d.longitude();
        areaKm2 = d.areaKm2();
        population = d.population();
        households = d.households();
        hamlets = d.hamlets();
        updatedAt = now;
    }

    ProfileDetails details(String welcome, String officeHours) {
        return new ProfileDetails(
                welcome,
                history,
                vision,
                mission,
                latitude,
                longitude,
                areaKm2,
                population,
                households,
                hamlets,
                officeHours);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
