package id.portaldesa.participation;

import id.portaldesa.shared.persistence.VillageOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An idea a resident brings into village planning. Changes state only through {@link
 * AspirationService} (which records every move); the support and flag counts are kept on the row so
 * the public list sorts by them in the database.
 */
@Entity
@Table(name = "aspiration")
public class Aspiration extends VillageOwned {

    @Column(name = "author_account_id", nullable = false, updatable = false)
    private long authorAccountId;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Category category;

    private String dusun;
    private String rt;
    private String rw;
    private BigDecimal latitude;
    private BigDecimal longitude;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AspirationState state;

    /** Hidden pending review after enough flags; a public state is kept meanwhile. */
    @Column(nullable = false)
    private boolean hidden;

    /** The latest reason or response: the rejection reason its author reads, or the official's answer. */
    private String note;

    @Column(name = "support_count", nullable = false)
    private int supportCount;

    @Column(name = "flag_count", nullable = false)
    private int flagCount;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Aspiration() {}

    Aspiration(long villageId, long authorAccountId, AspirationDraft draft, Instant now) {
        super(villageId);
        this.authorAccountId = authorAccountId;
        this.title = draft.title();
        this.description = draft.description();
        this.category = draft.category();
        this.dusun = draft.dusun();
        this.rt = draft.rt();
        this.rw = draft.rw();
        this.latitude = draft.latitude();
        this.longitude = draft.longitude();
        this.state = AspirationState.SUBMITTED;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void moved(AspirationState to, String note, Instant at) {
        if (to == AspirationState.PUBLISHED && publishedAt == null) {
            publishedAt = at;
        }
        this.state = to;
        if (note != null) {
            this.note = note;
        }
        this.updatedAt = at;
    }

    void hide(boolean hidden, Instant at) {
        this.hidden = hidden;
        if (!hidden) {
            flagCount = 0;
        }
        this.updatedAt = at;
    }

    public long getAuthorAccountId() {
        return authorAccountId;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Category getCategory() {
        return category;
    }

    public String getDusun() {
        return dusun;
    }

    public String getRt() {
        return rt;
    }

    public String getRw() {
        return rw;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public AspirationState getState() {
        return state;
    }

    public boolean isHidden() {
        return hidden;
    }

    public boolean isVisible() {
        return state.isPublic() && !hidden;
    }

    public String getNote() {
        return note;
    }

    public int getSupportCount() {
        return supportCount;
    }

    public int getFlagCount() {
        return flagCount;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
