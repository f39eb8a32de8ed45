package id.portaldesa.catalogue;

import id.portaldesa.media.MediaRef;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A product as the public sees it: its last approved name, description and photos, today's price,
 * unit and stock, and the shop that sells it (its name and WhatsApp number, never the person).
 * Immutable, kept in memory per village ({@link PublicCatalogue}).
 */
public record PublicProduct(
        long id,
        String slug,
        String name,
        String description,
        long price,
        ProductUnit unit,
        Integer stock,
        String categorySlug,
        String categoryName,
        String shopName,
        String whatsapp,
        List<MediaRef> photos,
        boolean featured,
        Instant publishedAt,
        Instant updatedAt,
        String searchText)
        implements Serializable {

    public PublicProduct {
        photos = List.copyOf(photos);
    }

    /** {@code Rp15.000} */
    public String priceText() {
        return Rupiah.format(price);
    }

    /** The first photo, or null. */
    public MediaRef cover() {
        return photos.isEmpty() ? null : photos.get(0);
    }

    public boolean soldOut() {
        return stock != null && stock == 0;
    }

    /** The description in paragraphs, as the seller separated them with blank lines. */
    public List<String> paragraphs() {
        return Texts.paragraphs(description);
    }
}
