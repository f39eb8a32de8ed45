package id.portaldesa.catalogue.rest;

import id.portaldesa.catalogue.PublicDestination;
import id.portaldesa.catalogue.PublicProduct;
import id.portaldesa.catalogue.WhatsApp;
import id.portaldesa.catalogue.web.CatalogueRoutes;
import id.portaldesa.media.MediaRef;
import id.portaldesa.shared.i18n.Messages;
import id.portaldesa.village.VillageLinks;
import id.portaldesa.village.VillageRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * What the API says about a product or destination: what its public page shows, no more (the shop's
 * name and order link, never the person behind it).
 */
@ApplicationScoped
public class CatalogueJson {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");

    public record Category(String slug, String name) {}

    public record Photo(int width, int height, String url) {}

    public record Product(
            String slug,
            String name,
            String description,
            long price,
            String priceText,
            String unit,
            String unitText,
            Integer stock,
            Category category,
            String shop,
            String orderUrl,
            String url,
            List<List<Photo>> photos,
            Instant publishedAt,
            Instant updatedAt) {}

    public record Destination(
            String slug,
            String name,
            String description,
            List<String> facilities,
            String openingHours,
            Long ticketPrice,
            String ticketNote,
            String address,
            Double latitude,
            Double longitude,
            String contactPhone,
            String url,
            List<List<Photo>> photos,
            Instant publishedAt,
            Instant updatedAt) {}

    @Inject
    VillageLinks links;

    @Inject
    PhotoLinks photoLinks;

    Product product(VillageRef village, PublicProduct p) {
        String url = links.page(village, CatalogueRoutes.PRODUCT, CatalogueRoutes.NAME, p.slug());
        String unitText = Messages.get(INDONESIAN, p.unit().messageKey());
        return new Product(
                p.slug(),
                p.name(),
                p.description(),
                p.price(),
                p.priceText(),
                p.unit().name(),
                unitText,
                p.stock(),
                p.categorySlug() == null ? null : new Category(p.categorySlug(), p.categoryName()),
                p.shopName(),
                WhatsApp.chat(
                        p.whatsapp(),
                        Messages.get(
                                INDONESIAN, "catalogue.product.order.message", p.name(), p.priceText(), unitText, url)),
                url,
                photos(p.photos()),
                p.publishedAt(),
                p.updatedAt());
    }

    Destination destination(VillageRef village, PublicDestination d) {
        return new Destination(
                d.slug(),
                d.name(),
                d.description(),
                d.facilities(),
                d.openingHours(),
                d.ticketPrice(),
                d.ticketNote(),
                d.address(),
                d.latitude(),
                d.longitude(),
                d.contactPhone(),
                links.page(village, CatalogueRoutes.DESTINATION, CatalogueRoutes.NAME, d.slug()),
                photos(d.photos()),
                d.publishedAt(),
                d.updatedAt());
    }

    /** Each photo as its variants, smallest first. */
    private List<List<Photo>> photos(List<MediaRef> refs) {
        return refs.stream().map(photoLinks::variants).toList();
    }
}
