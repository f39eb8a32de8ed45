package id.portaldesa.catalogue;

import id.portaldesa.shared.workflow.Transitions;

/**
 * Where a product stands between its seller and the public. A new product, and a change of its
 * name, description or photos, waits for the village admin; while a change waits (or after it was
 * refused) the public keeps seeing the last approved version. Price, unit, stock and category are
 * not reviewed: they publish at once.
 */
public enum ProductState {
    /** New (or edited after a refusal or hiding), never public in this form: waiting for review. */
    PENDING,
    /** Public as approved. */
    PUBLISHED,
    /** Public as last approved; a change of its name, description or photos waits for review. */
    CHANGE_PENDING,
    /** Public as last approved; the change was refused with a reason the seller sees. */
    CHANGE_REJECTED,
    /** Never public: refused with a reason; editing it sends it again. */
    REJECTED,
    /** Was public, hidden by the admin with a reason; editing it sends it for review again. */
    HIDDEN;

    public static final Transitions<ProductState> FLOW = Transitions.of("product", ProductState.class)
            .startIn(PENDING)
            .allow(PENDING, PUBLISHED, REJECTED)
            .allow(PUBLISHED, CHANGE_PENDING, HIDDEN)
            .allow(CHANGE_PENDING, PUBLISHED, CHANGE_REJECTED, HIDDEN)
            .allow(CHANGE_REJECTED, CHANGE_PENDING, HIDDEN)
            .allow(REJECTED, PENDING)
            .allow(HIDDEN, PENDING, PUBLISHED, CHANGE_PENDING)
            .build();

    /** Whether the public sees the product (its last approved version), its seller being approved. */
    public boolean isPublic() {
        return this == PUBLISHED || this == CHANGE_PENDING || this == CHANGE_REJECTED;
    }

    /** Whether the admin has something to review. */
    public boolean awaitsReview() {
        return this == PENDING || this == CHANGE_PENDING;
    }

    /** Where a change of name, description or photos takes the product. */
    public ProductState afterContentChange() {
        return switch (this) {
            case PENDING, REJECTED, HIDDEN -> PENDING;
            case PUBLISHED, CHANGE_PENDING, CHANGE_REJECTED -> CHANGE_PENDING;
        };
    }
}
