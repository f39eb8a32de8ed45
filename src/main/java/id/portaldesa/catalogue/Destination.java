package id.portaldesa.catalogue;

import id.portaldesa.shared.persistence.VillageOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/** A place to visit in the village (wisata), written and published by the village admin. */
@Entity
@Table(name = "catalogue_destination")
public class Destination extends VillageOwned {

    @Column(nullable = false)
    private String slug;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String description;

    /** One facility a line (parkir, musala, toilet, …). */
    private String facilities;

    @Column(name = "opening_hours")
    private String openingHours;

    /** Whole rupiah; 0 is free entry; null when not said. */
    @Column(name = "ticket_price")
    private Long ticketPrice;

    @Column(name = "ticket_note")
    private String ticketNote;

    private String address;

    private BigDecimal latitude;

    private BigDecimal longitude;

    /** Normalised {@code +62…}. */
    @Column(name = "contact_phone")
    private String contactPhone;

    @Column(nullable = false)
    private boolean featured;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected Destination() {}

    Destination(long villageId, String slug, DestinationDraft draft, String contactPhone, Instant now) {
        super(villageId);
        this.createdAt = now;
        write(slug, draft, contactPhone, now);
    }

    void write(String slug, DestinationDraft draft, String contactPhone, Instant now) {
        this.slug = slug;
        this.name = draft.name();
        this.description = draft.description();
        this.facilities = blankToNull(draft.facilities());
        this.openingHours = blankToNull(draft.openingHours());
        this.ticketPrice = draft.ticketPrice();
        this.ticketNote = blankToNull(draft.ticketNote());
        this.address = blankToNull(draft.address());
        this.latitude = scaled(draft.latitude());
        this.longitude = scaled(draft.longitude());
        this.contactPhone = contactPhone;
        this.featured = draft.featured();
        this.updatedAt = now;
    }

    void publish(boolean published, Instant now) {
        this.published = published;
        this.updatedAt = now;
        if (published && publishedAt == null) {
            publishedAt = now;
        }
    }

    private static BigDecimal scaled(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getFacilities() {
        return facilities;
    }

    public String getOpeningHours() {
        return openingHours;
    }

    public Long getTicketPrice() {
        return ticketPrice;
    }

    public String getTicketNote() {
        return ticketNote;
    }

    public String getAddress() {
        return address;
    }

    public Double getLatitude() {
        return latitude == null ? null : latitude.doubleValue();
    }

    public Double getLongitude() {
        return longitude == null ? null : longitude.doubleValue();
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public boolean isFeatured() {
        return featured;
    }

    public boolean isPublished() {
        return published;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
