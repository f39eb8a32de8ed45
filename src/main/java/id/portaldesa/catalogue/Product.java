package id.portaldesa.catalogue;

import id.portaldesa.shared.persistence.VillageOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A seller's product. Name and description exist twice: as the seller last wrote them (the draft)
 * and as the admin last approved them (what the public sees, null until the first approval), so a
 * change waits for review while the public keeps the approved version. Price, unit, stock and
 * category have one value each: they are not reviewed and publish at once. Its state changes only
 * through {@link ProductService} and {@link ProductReviewService}, which record each move.
 */
@Entity
@Table(name = "catalogue_product")
public class Product extends VillageOwned {

    @Column(name = "seller_id", nullable = false, updatable = false)
    private long sellerId;

    @Column(name = "category_id")
    private Long categoryId;

    /** The public address, given at the first approval; follows the approved name. */
    private String slug;

    private String name;

    private String description;

    @Column(name = "draft_name", nullable = false)
    private String draftName;

    @Column(name = "draft_description", nullable = false)
    private String draftDescription;

    @Column(nullable = false)
    private long price;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProductUnit unit;

    /** How many are in stock; null when the seller does not count (made to order). */
    private Integer stock;

    @Column(nullable = false)
    private boolean featured;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProductState state;

    /** Why the admin refused or hid it (shown to the seller); null otherwise. */
    private String reason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected Product() {}

    Product(long villageId, long sellerId, ProductDraft draft, Instant now) {
        super(villageId);
        this.sellerId = sellerId;
        this.state = ProductState.PENDING;
        this.draftName = draft.name();
        this.draftDescription = draft.description();
        setFacts(draft);
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Whether the draft's name or description differs from what the seller wrote before. */
    boolean textDiffers(ProductDraft draft) {
        return !Objects.equals(draftName, draft.name()) || !Objects.equals(draftDescription, draft.description());
    }

    void write(ProductDraft draft, Instant now) {
        this.draftName = draft.name();
        this.draftDescription = draft.description();
        setFacts(draft);
        this.updatedAt = now;
    }

    /** Whether price, unit, stock or category differ: what publishes at once. */
    boolean factsDiffer(ProductDraft draft) {
        return price != draft.price()
                || unit != draft.unit()
                || !Objects.equals(stock, draft.stock())
                || !Objects.equals(categoryId, draft.categoryId());
    }

    private void setFacts(ProductDraft draft) {
        this.price = draft.price();
        this.unit = draft.unit();
        this.stock = draft.stock();
        this.categoryId = draft.categoryId();
    }

    void touch(Instant now) {
        this.updatedAt = now;
    }

    void moveTo(ProductState next, String reason, Instant now) {
        this.state = next;
        this.reason = reason;
        this.updatedAt = now;
    }

    /** The draft becomes what the public sees, under the slug that fits its name. */
    void publishDraft(String slug, Instant now) {
        this.slug = slug;
        this.name = draftName;
        this.description = draftDescription;
        if (publishedAt == null) {
            publishedAt = now;
        }
    }

    void feature(boolean featured) {
        this.featured = featured;
    }

    void leaveCategory() {
        this.categoryId = null;
    }

    public long getSellerId() {
        return sellerId;
    }

    public Long getCategoryId() {
        return categoryId;
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

    public String getDraftName() {
        return draftName;
    }

    public String getDraftDescription() {
        return draftDescription;
    }

    public long getPrice() {
        return price;
    }

    public ProductUnit getUnit() {
        return unit;
    }

    public Integer getStock() {
        return stock;
    }

    public boolean isFeatured() {
        return featured;
    }

    public ProductState getState() {
        return state;
    }

    public String getReason() {
        return reason;
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

    /** Whether it was ever approved (it has a public version and an address). */
    public boolean wasApproved() {
        return name != null;
    }
}
