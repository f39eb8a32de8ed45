package id.portaldesa.catalogue;

import id.portaldesa.shared.persistence.VillageOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A slug a product or destination had before its name changed; its address answers 301. */
@Entity
@Table(name = "catalogue_slug_history")
public class CatalogueOldSlug extends VillageOwned {

    public static final String PRODUCT = "product";
    public static final String DESTINATION = "destination";

    @Column(nullable = false, updatable = false)
    private String kind;

    @Column(nullable = false, updatable = false)
    private String slug;

    @Column(name = "target_id", nullable = false)
    private long targetId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CatalogueOldSlug() {}

    CatalogueOldSlug(long villageId, String kind, String slug, long targetId, Instant now) {
        super(villageId);
        this.kind = kind;
        this.slug = slug;
        this.targetId = targetId;
        this.createdAt = now;
    }

    public String getKind() {
        return kind;
    }

    public String getSlug() {
        return slug;
    }

    public long getTargetId() {
        return targetId;
    }
}
