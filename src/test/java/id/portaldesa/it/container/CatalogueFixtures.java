package id.portaldesa.it.container;

import id.portaldesa.account.AccountRepository;
import id.portaldesa.account.ConfirmationMethod;
import id.portaldesa.account.ResidentOfficeService;
import id.portaldesa.account.ResidentRepository;
import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.catalogue.Category;
import id.portaldesa.catalogue.CategoryService;
import id.portaldesa.catalogue.DestinationDraft;
import id.portaldesa.catalogue.DestinationService;
import id.portaldesa.catalogue.ProductDraft;
import id.portaldesa.catalogue.ProductReviewService;
import id.portaldesa.catalogue.ProductService;
import id.portaldesa.catalogue.ProductUnit;
import id.portaldesa.catalogue.Seller;
import id.portaldesa.catalogue.SellerService;
import id.portaldesa.media.Upload;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.VillageDirectory;
import id.portaldesa.village.VillageRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.imageio.ImageIO;

/**
 * A fresh test village's catalogue, built through the services as its people would: the village's
 * resident is confirmed and opens an approved shop with one public product (with a photo, in a category) and one
 * waiting for review; the admin publishes a destination. For HTTP tests (cross-village pages).
 */
@ApplicationScoped
public class CatalogueFixtures {

    /** What a test needs to know about what was made. */
    public record Made(
            long sellerId,
            long productId,
            String productSlug,
            String oldProductSlug,
            long pendingProductId,
            String destinationSlug,
            String oldDestinationSlug,
            String categorySlug) {}

    @Inject
    VillageDirectory directory;

    @Inject
    CurrentVillage currentVillage;

    @Inject
    CurrentUser user;

    @Inject
    AccountRepository accounts;

    @Inject
    ResidentRepository residents;

    @Inject
    ResidentOfficeService office;

    @Inject
    SellerService sellers;

    @Inject
    ProductService products;

    @Inject
    ProductReviewService reviews;

    @Inject
    DestinationService destinations;

    @Inject
    CategoryService categories;

    @Transactional
    public Made shopWithProducts(long villageId, String adminEmail, String residentEmail) {
        VillageRef village = directory.byId(villageId).orElseThrow();
        currentVillage.actFor(village);
        long admin = accounts.findByEmail(adminEmail).orElseThrow().getId();
        long resident = accounts.findByEmail(residentEmail).orElseThrow().getId();
        user.actAs(admin);
        office.confirm(residents.ofAccount(resident).orElseThrow().getId(), ConfirmationMethod.COUNTER, null);
        user.actAs(resident);
        Seller seller = sellers.ask("Lapak " + village.name(), "0812-3456-7890", Locale.forLanguageTag("id"));
        user.actAs(admin);
        sellers.approve(seller.getId());
        Category snacks = categories.add("Makanan Ringan");
        String unique = UUID.randomUUID().toString().substring(0, 6);
        user.actAs(resident);
        long product = products.create(
                new ProductDraft(
                        "Kripik " + village.name() + " " + unique,
                        "Keripik dari " + village.name() + ".",
                        15_000,
                        ProductUnit.PACK,
                        5,
                        snacks.getId()),
                photo());
        long pending = products.create(
                new ProductDraft("Rahasia " + unique, "Belum diperiksa.", 9_000, ProductUnit.PIECE, null, null), null);
        user.actAs(admin);
        reviews.approve(product);
        String oldProductSlug = reviews.review(product).product().getSlug();
        user.actAs(resident);
        products.update(
                product,
                new ProductDraft(
                        "Keripik " + village.name() + " " + unique,
                        "Keripik dari " + village.name() + ".",
                        15_000,
                        ProductUnit.PACK,
                        5,
                        snacks.getId()),
                null);
        user.actAs(admin);
        reviews.approve(product);
        long destination = destinations.create(
                new DestinationDraft(
                        "Wisata " + village.name() + " " + unique,
                        "Tempat indah.",
                        "Parkir",
                        "08.00–17.00 WIB",
                        5_000L,
                        null,
                        null,
                        -2.08,
                        102.27,
                        null,
                        false),
                photo());
        destinations.publish(destination, true);
        String oldDestinationSlug = destinations.get(destination).destination().getSlug();
        destinations.update(
                destination,
                new DestinationDraft(
                        "Wisata Alam " + village.name() + " " + unique,
                        "Tempat indah.",
                        "Parkir",
                        "08.00–17.00 WIB",
                        5_000L,
                        null,
                        null,
                        -2.08,
                        102.27,
                        null,
                        false),
                null);
        return new Made(
                seller.getId(),
                product,
                reviews.review(product).product().getSlug(),
                oldProductSlug,
                pending,
                destinations.get(destination).destination().getSlug(),
                oldDestinationSlug,
                snacks.getSlug());
    }

    /** What {@link #withPayloads} made: the slugs of one product and one destination per text. */
    public record Payloads(List<String> productSlugs, List<String> destinationSlugs) {}

    /**
     * A shop whose every text field holds one of the given texts (attack payloads): one approved
     * product, one category and one published destination per text.
     */
    @Transactional
    public Payloads withPayloads(long villageId, String adminEmail, String residentEmail, List<String> texts) {
        VillageRef village = directory.byId(villageId).orElseThrow();
        currentVillage.actFor(village);
        long admin = accounts.findByEmail(adminEmail).orElseThrow().getId();
        long resident = accounts.findByEmail(residentEmail).orElseThrow().getId();
        user.actAs(admin);
        office.confirm(residents.ofAccount(resident).orElseThrow().getId(), ConfirmationMethod.COUNTER, null);
        List<Long> categoryIds = new java.util.ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            categoryIds.add(categories.add(cut(i + " " + texts.get(i), 60)).getId());
        }
        user.actAs(resident);
        Seller seller = sellers.ask(cut(texts.get(1), 80), "0812-3456-7890", Locale.forLanguageTag("id"));
        user.actAs(admin);
        sellers.approve(seller.getId());
        List<String> productSlugs = new java.util.ArrayList<>();
        List<String> destinationSlugs = new java.util.ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            user.actAs(resident);
            long product = products.create(
                    new ProductDraft(
                            cut(text, 120), text + "\n\n" + text, 15_000, ProductUnit.PACK, 3, categoryIds.get(i)),
                    null);
            user.actAs(admin);
            reviews.approve(product);
            productSlugs.add(reviews.review(product).product().getSlug());
            long destination = destinations.create(
                    new DestinationDraft(
                            cut(text, 120),
                            text,
                            text + "\n" + text,
                            cut(text, 300),
                            1_000L,
                            cut(text, 200),
                            cut(text, 300),
                            -2.0,
                            102.0,
                            null,
                            false),
                    null);
            destinations.publish(destination, true);
            destinationSlugs.add(destinations.get(destination).destination().getSlug());
        }
        return new Payloads(productSlugs, destinationSlugs);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    static Upload photo() {
        BufferedImage image = new BufferedImage(960, 720, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xef6c00));
        g.fillRect(0, 0, 960, 720);
        g.setColor(new Color(0xfff3e0));
        g.fillOval(240, 120, 480, 480);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Upload("keripik.jpg", out.toByteArray());
    }
}
