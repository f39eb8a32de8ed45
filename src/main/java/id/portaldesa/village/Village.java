package id.portaldesa.village;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A village (desa or kelurahan) served by this deployment: the tenant. Identity, region, slug and
 * status only; what the village shows about itself belongs to the site feature.
 */
@Entity
@Table(name = "village")
public class Village {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "district_name", nullable = false)
    private String districtName;

    @Column(name = "regency_name", nullable = false)
    private String regencyName;

    @Column(name = "province_name", nullable = false)
    private String provinceName;

    @Column(nullable = false)
    private String slug;

    /** Set only where a village does not keep its province's zone; null: the province decides. */
    @Enumerated(EnumType.STRING)
    @Column(name = "time_zone")
    private VillageTimeZone timeZoneOverride;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VillageStatus status = VillageStatus.ACTIVE;

    /**
     * Bumped by {@link VillageChanges} only (a database-side increment), never written through the
     * entity: a stale copy must not put an older revision back.
     */
    @Column(name = "content_revision", insertable = false, updatable = false)
    private long contentRevision;

    /** Stamped by the database whenever the row changes ({@link VillageChanges}); read by {@link VillageDirectory}. */
    @Column(name = "changed_at", insertable = false, updatable = false)
    private Instant changedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Village() {}

    public Village(
            String code,
            String name,
            String districtName,
            String regencyName,
            String provinceName,
            String slug,
            Instant createdAt) {
        this.code = code;
        this.name = name;
        this.districtName = districtName;
        this.regencyName = regencyName;
        this.provinceName = provinceName;
        this.slug = slug;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
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

    public String getProvinceName() {
        return provinceName;
    }

    public String getSlug() {
        return slug;
    }

    /** The zone the village lives in: its own setting, else its province's. */
    public VillageTimeZone getTimeZone() {
        return timeZoneOverride != null ? timeZoneOverride : VillageTimeZone.ofRegion(code);
    }

    public VillageTimeZone getTimeZoneOverride() {
        return timeZoneOverride;
    }

    void setTimeZoneOverride(VillageTimeZone timeZoneOverride) {
        this.timeZoneOverride = timeZoneOverride;
    }

    public VillageStatus getStatus() {
        return status;
    }

    public void setStatus(VillageStatus status) {
        this.status = status;
    }

    public long getContentRevision() {
        return contentRevision;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
