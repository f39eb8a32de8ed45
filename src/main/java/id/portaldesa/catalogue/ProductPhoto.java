package id.portaldesa.catalogue;

import id.portaldesa.shared.persistence.VillageOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A photo of a product (an image of the media pipeline), part of the seller's draft, of the approved
 * version the public sees, or of both. A photo in neither is deleted with its media.
 */
@Entity
@Table(name = "catalogue_product_photo")
public class ProductPhoto extends VillageOwned {

    @Column(name = "product_id", nullable = false, updatable = false)
    private long productId;

    @Column(name = "media_id", nullable = false, updatable = false)
    private long mediaId;

    @Column(nullable = false)
    private int position;

    @Column(name = "in_draft", nullable = false)
    private boolean inDraft;

    @Column(name = "in_published", nullable = false)
    private boolean inPublished;

    protected ProductPhoto() {}

    ProductPhoto(long villageId, long productId, long mediaId, int position) {
        super(villageId);
        this.productId = productId;
        this.mediaId = mediaId;
        this.position = position;
        this.inDraft = true;
    }

    void leaveDraft() {
        inDraft = false;
    }

    /** Approval: the published photos become the draft's. */
    void publishIfInDraft() {
        inPublished = inDraft;
    }

    /** A refusal of a change keeps the draft; a photo nobody uses any more is deleted. */
    boolean isUnused() {
        return !inDraft && !inPublished;
    }

    public long getProductId() {
        return productId;
    }

    public long getMediaId() {
        return mediaId;
    }

    public int getPosition() {
        return position;
    }

    public boolean isInDraft() {
        return inDraft;
    }

    public boolean isInPublished() {
        return inPublished;
    }
}
