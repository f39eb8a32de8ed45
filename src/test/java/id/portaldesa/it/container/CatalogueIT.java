package id.portaldesa.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.account.Account;
import id.portaldesa.account.AccountRepository;
import id.portaldesa.account.ConfirmationMethod;
import id.portaldesa.account.PersonalDataService;
import id.portaldesa.account.Position;
import id.portaldesa.account.Registration;
import id.portaldesa.account.RegistrationService;
import id.portaldesa.account.ResidentOfficeService;
import id.portaldesa.account.ResidentRepository;
import id.portaldesa.account.Role;
import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.catalogue.CatalogueSnapshot;
import id.portaldesa.catalogue.Category;
import id.portaldesa.catalogue.CategoryService;
import id.portaldesa.catalogue.DestinationDraft;
import id.portaldesa.catalogue.DestinationService;
import id.portaldesa.catalogue.Product;
import id.portaldesa.catalogue.ProductDraft;
import id.portaldesa.catalogue.ProductReviewService;
import id.portaldesa.catalogue.ProductService;
import id.portaldesa.catalogue.ProductState;
import id.portaldesa.catalogue.ProductUnit;
import id.portaldesa.catalogue.PublicCatalogue;
import id.portaldesa.catalogue.PublicProduct;
import id.portaldesa.catalogue.Seller;
import id.portaldesa.catalogue.SellerService;
import id.portaldesa.catalogue.SellerState;
import id.portaldesa.media.MediaService;
import id.portaldesa.media.Upload;
import id.portaldesa.notify.MailOutbox;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.NotFoundException;
import id.portaldesa.shared.mail.OutgoingMail;
import id.portaldesa.shared.paging.PageRequest;
import id.portaldesa.shared.seams.HomeSections;
import id.portaldesa.shared.seams.Search;
import id.portaldesa.shared.seams.SearchHit;
import id.portaldesa.shared.seams.Sitemap;
import id.portaldesa.shared.workflow.StateChange;
import id.portaldesa.shared.workflow.StateChanges;
import id.portaldesa.village.VillageRef;
import jakarta.inject.Inject;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The catalogue's services against MariaDB, built through the services in fresh villages: a resident
 * becomes a seller, products wait for the admin (a changed name waits, a changed price does not),
 * sellers touch only their own products, refusals and hidings carry a reason that is mailed, photos
 * change with approval, destinations publish and keep old addresses, and a person's shop follows
 * their export and erasure.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogueIT {

    static final Locale ID = Locale.forLanguageTag("id");
    static final String PASSWORD = "rahasia-sekali";

    @Inject
    Fixtures fixtures;

    @Inject
    RegistrationService registrations;

    @Inject
    MailOutbox outbox;

    @Inject
    AccountRepository accounts;

    @Inject
    ResidentRepository residents;

    @Inject
    ResidentOfficeService office;

    @Inject
    CurrentUser user;

    @Inject
    SellerService sellers;

    @Inject
    ProductService products;

    @Inject
    ProductReviewService reviews;

    @Inject
    CategoryService categories;

    @Inject
    DestinationService destinations;

    @Inject
    PublicCatalogue catalogue;

    @Inject
    StateChanges stateChanges;

    @Inject
    MediaService media;

    @Inject
    PersonalDataService personalData;

    @Inject
    Search search;

    @Inject
    Sitemap sitemap;

    @Inject
    SentMailRecorder mails;

    /** A village with its admin (acting) and a resident who registered and confirmed their email. */
    record Village(VillageRef ref, Account admin) {}

    /** An approved seller: the resident's account and email, and the shop. */
    record Shop(Village village, long account, String email, Seller seller) {}

    Village village() {
        VillageRef ref = fixtures.freshVillage();
        return new Village(ref, fixtures.actAsAdminOf(ref));
    }

    /** A registered resident of the village acted for (email confirmed, identity not yet): the account. */
    long resident(String email) {
        registrations.register(new Registration("Sari Dewi", email, PASSWORD, Fixtures.nik(), Fixtures.kk()), ID);
        registrations.confirm(Fixtures.tokenFromLastMailTo(outbox, email));
        return accounts.findByEmail(email).orElseThrow().getId();
    }

    void confirmIdentity(Village v, long account) {
        asAdmin(v);
        office.confirm(residents.ofAccount(account).orElseThrow().getId(), ConfirmationMethod.COUNTER, null);
    }

    void as(Village v, long account) {
        fixtures.actFor(v.ref());
        user.actAs(account);
    }

    void asAdmin(Village v) {
        as(v, v.admin().getId());
    }

    Shop shop(Village v, String name) {
        String email = Fixtures.email("penjual");
        asAdmin(v);
        long account = resident(email);
        confirmIdentity(v, account);
        as(v, account);
        Seller seller = sellers.ask(name, "0812-3456-7890", ID);
        asAdmin(v);
        sellers.approve(seller.getId());
        return new Shop(v, account, email, seller);
    }

    static ProductDraft draft(String name, long price) {
        return new ProductDraft(name, "Renyah dan gurih.\n\nIsi 250 gram.", price, ProductUnit.PACK, 10, null);
    }

    static Upload photo(Color color) {
        BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 800, 600);
        g.setColor(Color.WHITE);
        g.fillOval(200, 100, 400, 400);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Upload("foto.jpg", out.toByteArray());
    }

    CatalogueSnapshot publicOf(Village v) {
        return catalogue.of(v.ref().id());
    }

    PublicProduct publicProduct(Village v, String slug) {
        CatalogueSnapshot.Lookup<PublicProduct> found = publicOf(v).product(slug);
        assertInstanceOf(CatalogueSnapshot.Found.class, found, slug + " is public");
        return ((CatalogueSnapshot.Found<PublicProduct>) found).item();
    }

    static String problem(Runnable action) {
        try {
            action.run();
        } catch (BusinessException e) {
            return e.getMessageKey();
        } catch (jakarta.validation.ConstraintViolationException e) {
            throw new AssertionError("A constraint, not a rule: " + e.getConstraintViolations(), e);
        }
        throw new AssertionError("No refusal");
    }

    List<String> history(String subject, long id) {
        return stateChanges.historyOf(subject, id).stream()
                .map(StateChange::getMessageKey)
                .toList();
    }

    @Test
    void aConfirmedResidentAsksToSellAndTheAdminDecides() {
        Village v = village();
        String email = Fixtures.email("calon");
        long account = resident(email);

        as(v, account);
        assertEquals("resident.confirmation.required", problem(() -> sellers.ask("Lapak Sari", "0812-3456-7890", ID)));
        confirmIdentity(v, account);

        as(v, account);
        assertEquals("catalogue.whatsapp.invalid", problem(() -> sellers.ask("Lapak Sari", "0746-21234", ID)));
        assertTrue(sellers.mine().isEmpty(), "nothing half-saved");
        Seller asked = sellers.ask("  Lapak   Sari ", "+62 812-3456-7890", ID);
        assertEquals(SellerState.REQUESTED, asked.getState());
        assertEquals("Lapak Sari", asked.getShopName());
        assertEquals("6281234567890", asked.getWhatsapp());
        assertEquals("catalogue.seller.notApproved", problem(() -> products.create(draft("Keripik", 15_000), null)));
        assertThrows(NotFoundException.class, () -> sellers.approve(asked.getId()), "a resident decides nothing");

        asAdmin(v);
        Account sekdes = fixtures.staffOfCurrentVillage(Role.OFFICIAL, Position.SECRETARY, "Sekdes");
        as(v, sekdes.getId());
        assertThrows(NotFoundException.class, () -> sellers.list(PageRequest.first(10), null), "sekdes may not");

        asAdmin(v);
        assertEquals(
                1, sellers.list(PageRequest.first(10), SellerState.REQUESTED).total());
        assertEquals("catalogue.reason.required", problem(() -> sellers.refuse(asked.getId(), "  ")));
        sellers.refuse(asked.getId(), "Foto KTP belum jelas, datang ke kantor desa.");
        OutgoingMail refusal = lastMailTo(email);
        assertTrue(refusal.body().contains("Foto KTP belum jelas"), refusal.body());
        assertTrue(refusal.body().contains("/akun/lapak"), "links to the shop page: " + refusal.body());

        as(v, account);
        assertEquals(SellerState.REFUSED, sellers.mine().orElseThrow().getState());
        assertEquals(
                "Foto KTP belum jelas, datang ke kantor desa.",
                sellers.mine().orElseThrow().getReason());
        sellers.ask("Lapak Sari", "0812-3456-7890", ID);

        asAdmin(v);
        Account operator = fixtures.staffOfCurrentVillage(Role.OFFICIAL, Position.OPERATOR, "Operator");
        as(v, operator.getId());
        sellers.approve(asked.getId());
        as(v, account);
        assertEquals(SellerState.APPROVED, sellers.mine().orElseThrow().getState());
        assertNull(sellers.mine().orElseThrow().getReason());
        assertTrue(
                lastMailTo(email).subject().contains("disetujui"),
                lastMailTo(email).subject());
        assertEquals(
                List.of(
                        "workflow.seller.START.REQUESTED",
                        "workflow.seller.REQUESTED.REFUSED",
                        "workflow.seller.REFUSED.REQUESTED",
                        "workflow.seller.REQUESTED.APPROVED"),
                history("seller", asked.getId()));
    }

    @Test
    void aNewProductWaitsAChangedNameWaitsAChangedPriceDoesNot() {
        Village v = village();
        Shop shop = shop(v, "Dapur Sari");

        as(v, shop.account());
        long id = products.create(draft("Keripik Pisang", 15_000), photo(Color.ORANGE));
        assertEquals(ProductState.PENDING, products.mine(id).product().getState());
        assertTrue(publicOf(v).products().isEmpty(), "a new product waits for the admin");

        asAdmin(v);
        assertEquals(
                1,
                reviews.list(PageRequest.first(10), ProductReviewService.Filter.WAITING)
                        .total());
        reviews.approve(id);
        PublicProduct shown = publicProduct(v, "keripik-pisang");
        assertEquals("Keripik Pisang", shown.name());
        assertEquals("Rp15.000", shown.priceText());
        assertEquals("Dapur Sari", shown.shopName());
        assertEquals("6281234567890", shown.whatsapp());
        assertEquals(1, shown.photos().size());

        as(v, shop.account());
        products.update(id, draft("Keripik Pisang Cokelat", 18_000), null);
        assertEquals(ProductState.CHANGE_PENDING, products.mine(id).product().getState());
        shown = publicProduct(v, "keripik-pisang");
        assertEquals("Keripik Pisang", shown.name(), "the changed name waits");
        assertEquals(18_000, shown.price(), "the changed price does not");

        products.update(
                id,
                new ProductDraft(
                        "Keripik Pisang Cokelat",
                        "Renyah dan gurih.\n\nIsi 250 gram.",
                        17_500,
                        ProductUnit.GRAM_250,
                        0,
                        null),
                null);
        shown = publicProduct(v, "keripik-pisang");
        assertEquals(17_500, shown.price());
        assertEquals(ProductUnit.GRAM_250, shown.unit());
        assertTrue(shown.soldOut(), "stock shows at once");
        assertEquals("Keripik Pisang", shown.name());

        asAdmin(v);
        reviews.approve(id);
        shown = publicProduct(v, "keripik-pisang-cokelat");
        assertEquals("Keripik Pisang Cokelat", shown.name());
        assertEquals(
                new CatalogueSnapshot.Moved<PublicProduct>("keripik-pisang-cokelat"),
                publicOf(v).product("keripik-pisang"),
                "the old address answers 301");
        assertEquals(
                List.of(
                        "workflow.product.START.PENDING",
                        "workflow.product.PENDING.PUBLISHED",
                        "workflow.product.PUBLISHED.CHANGE_PENDING",
                        "workflow.product.CHANGE_PENDING.PUBLISHED"),
                history("product", id));
    }

    @Test
    void aSellerTouchingAnotherSellersProductFindsNothing() {
        Village v = village();
        Shop sari = shop(v, "Lapak Sari");
        Shop budi = shop(v, "Lapak Budi");
        as(v, sari.account());
        long sarisProduct = products.create(draft("Madu Hutan", 120_000), photo(Color.YELLOW));
        long photoId = products.mine(sarisProduct).photos().get(0).id();

        as(v, budi.account());
        assertThrows(NotFoundException.class, () -> products.mine(sarisProduct));
        assertThrows(NotFoundException.class, () -> products.update(sarisProduct, draft("Madu Palsu", 1), null));
        assertThrows(NotFoundException.class, () -> products.removePhoto(sarisProduct, photoId));
        assertThrows(NotFoundException.class, () -> products.delete(sarisProduct));
        assertTrue(products.mine().isEmpty());

        Village other = village();
        Shop elsewhere = shop(other, "Lapak Desa Lain");
        as(other, elsewhere.account());
        assertThrows(NotFoundException.class, () -> products.mine(sarisProduct));
        assertThrows(NotFoundException.class, () -> products.update(sarisProduct, draft("Madu Palsu", 1), null));
        asAdmin(other);
        assertThrows(NotFoundException.class, () -> reviews.review(sarisProduct));
        assertThrows(NotFoundException.class, () -> reviews.approve(sarisProduct));
        assertThrows(NotFoundException.class, () -> reviews.hide(sarisProduct, "bukan urusan desa ini"));
        assertThrows(
                NotFoundException.class, () -> sellers.approve(sari.seller().getId()));

        as(v, sari.account());
        Product untouched = products.mine(sarisProduct).product();
        assertEquals("Madu Hutan", untouched.getDraftName());
        assertEquals(ProductState.PENDING, untouched.getState());
        assertEquals(1, products.mine(sarisProduct).photos().size());
    }

    @Test
    void refusingAndHidingNeedAReasonTheSellerSeesAndIsMailed() {
        Village v = village();
        Shop shop = shop(v, "Lapak Rotan");
        as(v, shop.account());
        long id = products.create(draft("Keranjang Rotan", 65_000), null);

        asAdmin(v);
        assertEquals("catalogue.reason.required", problem(() -> reviews.reject(id, "")));
        assertEquals(ProductState.PENDING, reviews.review(id).product().getState(), "nothing half-saved");
        reviews.reject(id, "Tambahkan foto produk yang jelas.");
        OutgoingMail rejected = lastMailTo(shop.email());
        assertTrue(rejected.body().contains("Tambahkan foto produk yang jelas."), rejected.body());
        assertTrue(rejected.subject().contains("Keranjang Rotan"), rejected.subject());

        as(v, shop.account());
        Product mine = products.mine(id).product();
        assertEquals(ProductState.REJECTED, mine.getState());
        assertEquals("Tambahkan foto produk yang jelas.", mine.getReason());
        products.update(id, draft("Keranjang Rotan", 65_000), photo(Color.GRAY));
        assertEquals(ProductState.PENDING, products.mine(id).product().getState(), "a new photo sends it again");
        assertNull(products.mine(id).product().getReason());

        asAdmin(v);
        reviews.approve(id);
        publicProduct(v, "keranjang-rotan");
        reviews.hide(id, "Harga tidak wajar, mohon diperiksa.");
        assertInstanceOf(CatalogueSnapshot.Missing.class, publicOf(v).product("keranjang-rotan"));
        assertTrue(lastMailTo(shop.email()).body().contains("Harga tidak wajar"));
        as(v, shop.account());
        assertEquals(
                "Harga tidak wajar, mohon diperiksa.",
                products.mine(id).product().getReason());

        asAdmin(v);
        reviews.unhide(id);
        publicProduct(v, "keranjang-rotan");
        as(v, shop.account());
        products.update(
                id, new ProductDraft("Keranjang Rotan", "Anyaman rapat.", 65_000, ProductUnit.PIECE, 3, null), null);
        asAdmin(v);
        reviews.reject(id, "Keterangan terlalu singkat.");
        assertEquals(ProductState.CHANGE_REJECTED, reviews.review(id).product().getState());
        assertEquals(
                "Renyah dan gurih.\n\nIsi 250 gram.",
                publicProduct(v, "keranjang-rotan").description(),
                "the public keeps the approved version");
        assertTrue(lastMailTo(shop.email()).body().contains("Keterangan terlalu singkat."));
    }

    @Test
    void photosOfAPublicProductChangeOnlyWithTheApproval() {
        Village v = village();
        Shop shop = shop(v, "Lapak Foto");
        as(v, shop.account());
        long id = products.create(draft("Gula Aren", 28_000), photo(Color.RED));
        long firstMedia = products.mine(id).photos().get(0).media().id();
        asAdmin(v);
        reviews.approve(id);

        as(v, shop.account());
        products.update(id, draft("Gula Aren", 28_000), photo(Color.BLUE));
        long firstPhoto = products.mine(id).photos().get(0).id();
        products.removePhoto(id, firstPhoto);
        assertEquals(1, products.mine(id).photos().size());
        assertEquals(ProductState.CHANGE_PENDING, products.mine(id).product().getState());
        assertEquals(
                List.of(firstMedia),
                publicProduct(v, "gula-aren").photos().stream().map(r -> r.id()).toList(),
                "the public keeps the approved photo");

        asAdmin(v);
        reviews.approve(id);
        List<Long> shown =
                publicProduct(v, "gula-aren").photos().stream().map(r -> r.id()).toList();
        assertEquals(1, shown.size());
        assertFalse(shown.contains(firstMedia));
        assertTrue(media.find(firstMedia).isEmpty(), "a photo nobody uses is deleted with its media");
    }

    @Test
    void aSuspendedSellersProductsLeaveThePublicSite() {
        Village v = village();
        Shop shop = shop(v, "Lapak Kopi");
        as(v, shop.account());
        long id = products.create(draft("Kopi Robusta", 45_000), null);
        asAdmin(v);
        reviews.approve(id);
        publicProduct(v, "kopi-robusta");
        sellers.suspend(shop.seller().getId(), "Banyak keluhan pembeli.");
        assertInstanceOf(CatalogueSnapshot.Missing.class, publicOf(v).product("kopi-robusta"));
        as(v, shop.account());
        assertEquals("catalogue.seller.notApproved", problem(() -> products.mine()));
        assertEquals("catalogue.seller.suspended", problem(() -> sellers.ask("Lapak Kopi", "081234567890", ID)));
        asAdmin(v);
        sellers.reinstate(shop.seller().getId());
        publicProduct(v, "kopi-robusta");
    }

    @Test
    void categoriesGroupTheCatalogueAndARemovedOneLeavesItsProducts() {
        Village v = village();
        asAdmin(v);
        Category snacks = categories.add("Makanan ringan");
        categories.add("Kerajinan");
        assertEquals("catalogue.category.exists", problem(() -> categories.add("makanan RINGAN")));
        Shop shop = shop(v, "Lapak Kategori");
        as(v, shop.account());
        long id = products.create(
                new ProductDraft("Kerupuk Ikan", "Tinggal digoreng.", 20_000, ProductUnit.PACK, null, snacks.getId()),
                null);
        assertEquals(
                "catalogue.category.unknown",
                problem(() -> products.create(
                        new ProductDraft("Lain", "Lain.", 1_000, ProductUnit.PACK, null, Long.MAX_VALUE), null)));
        asAdmin(v);
        reviews.approve(id);
        assertEquals("makanan-ringan", publicProduct(v, "kerupuk-ikan").categorySlug());
        assertEquals(1, publicOf(v).categories().size(), "only categories with products on show");
        categories.rename(snacks.getId(), "Camilan");
        assertEquals("camilan", publicProduct(v, "kerupuk-ikan").categorySlug());
        categories.remove(snacks.getId());
        assertNull(publicProduct(v, "kerupuk-ikan").categorySlug());
        assertEquals(
                List.of("Kerajinan"),
                categories.all().stream().map(Category::getName).toList());
    }

    @Test
    void destinationsArePublishedByTheAdminAndKeepTheirOldAddresses() {
        Village v = village();
        asAdmin(v);
        DestinationDraft draft = new DestinationDraft(
                "Air Terjun Talang",
                "Air terjun di hutan desa.",
                "Parkir\nToilet",
                "08.00–16.00 WIB",
                10_000L,
                null,
                "Dusun Baru",
                -2.0975,
                102.265,
                "0812-3456-7890",
                true);
        long id = destinations.create(draft, photo(Color.GREEN));
        assertTrue(publicOf(v).destinations().isEmpty(), "a new destination is not public");
        destinations.publish(id, true);
        var shown = ((CatalogueSnapshot.Found<id.portaldesa.catalogue.PublicDestination>)
                        publicOf(v).destination("air-terjun-talang"))
                .item();
        assertEquals(List.of("Parkir", "Toilet"), shown.facilities());
        assertEquals("geo:-2.097500,102.265000?q=-2.097500,102.265000", shown.geoLink());
        assertEquals("+6281234567890", shown.contactPhone());
        assertEquals(1, shown.photos().size());

        destinations.update(
                id,
                new DestinationDraft(
                        "Air Terjun Talang Indah",
                        draft.description(),
                        null,
                        null,
                        0L,
                        null,
                        null,
                        null,
                        null,
                        null,
                        false),
                null);
        assertEquals(
                new CatalogueSnapshot.Moved<id.portaldesa.catalogue.PublicDestination>("air-terjun-talang-indah"),
                publicOf(v).destination("air-terjun-talang"));
        assertThrows(
                jakarta.validation.ConstraintViolationException.class,
                () -> destinations.update(
                        id,
                        new DestinationDraft(
                                "Air Terjun Talang Indah", "x", null, null, null, null, null, null, null, "12", false),
                        null),
                "no phone number at all");
        assertEquals(
                "catalogue.destination.phone.invalid",
                problem(() -> destinations.update(
                        id,
                        new DestinationDraft(
                                "Air Terjun Talang Indah",
                                "x",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                "0112345678",
                                false),
                        null)),
                "written like a number, but no Indonesian area code");
        destinations.publish(id, false);
        assertInstanceOf(CatalogueSnapshot.Missing.class, publicOf(v).destination("air-terjun-talang-indah"));
        assertInstanceOf(CatalogueSnapshot.Missing.class, publicOf(v).destination("air-terjun-talang"));

        Shop shop = shop(v, "Lapak Wisata");
        as(v, shop.account());
        assertThrows(NotFoundException.class, () -> destinations.publish(id, true), "EDIT_SITE only");
    }

    @Test
    void theSeamsShowPublicProductsAndDestinationsOnly() {
        Village v = village();
        Shop shop = shop(v, "Lapak Beranda");
        as(v, shop.account());
        long shown = products.create(draft("Dodol Durian", 35_000), null);
        products.create(draft("Dodol Nangka Rahasia", 35_000), null);
        asAdmin(v);
        reviews.approve(shown);
        reviews.feature(shown, true);
        fixtures.actFor(v.ref());
        List<String> ids = HomeSections.arrange(homeSectionsBeans()).stream()
                .map(HomeSections.Shown::id)
                .toList();
        assertTrue(ids.contains("section-catalogue-products"), ids.toString());
        assertFalse(ids.contains("section-catalogue-destinations"), "nothing to show, no section: " + ids);

        List<SearchHit> hits = search.search("dodol");
        assertEquals(
                List.of("Dodol Durian"), hits.stream().map(SearchHit::title).toList(), "the waiting one is not found");
        assertTrue(sitemap.entries().stream().anyMatch(e -> e.parameters().equals(Map.of("nama", "dodol-durian"))));
        assertFalse(sitemap.entries().stream().anyMatch(e -> e.parameters().containsValue("dodol-nangka-rahasia")));
    }

    @Test
    void aPersonsShopIsInTheirExportAndGoesWithTheirAccount() throws Exception {
        Village v = village();
        Shop shop = shop(v, "Lapak Pribadi");
        Shop neighbour = shop(v, "Lapak Tetangga");
        as(v, shop.account());
        long id = products.create(draft("Tikar Pandan", 85_000), photo(Color.PINK));
        asAdmin(v);
        reviews.approve(id);
        as(v, neighbour.account());
        long kept = products.create(draft("Tudung Saji", 45_000), null);

        String json = personalData.export(shop.account(), PASSWORD);
        assertTrue(
                json.contains("Lapak Pribadi") && json.contains("Tikar Pandan") && json.contains("+6281234567890"),
                json);
        assertFalse(json.contains("Lapak Tetangga") || json.contains("Tudung Saji"), "nobody else's: " + json);

        fixtures.actFor(v.ref());
        user.actAs(shop.account());
        personalData.deleteAccount(shop.account(), PASSWORD);
        assertInstanceOf(CatalogueSnapshot.Missing.class, publicOf(v).product("tikar-pandan"));
        asAdmin(v);
        assertThrows(NotFoundException.class, () -> reviews.review(id));
        assertEquals(
                0,
                sellers.list(PageRequest.first(10), null).items().stream()
                        .filter(l -> l.seller().getShopName().equals("Lapak Pribadi"))
                        .count());
        assertEquals("Tudung Saji", reviews.review(kept).product().getDraftName(), "the neighbour keeps theirs");
    }

    OutgoingMail lastMailTo(String email) {
        List<OutgoingMail> to = mails.to(email);
        assertFalse(to.isEmpty(), "a mail to " + email);
        return to.get(to.size() - 1);
    }

    Iterable<id.portaldesa.shared.seams.HomeSection> homeSectionsBeans() {
        return jakarta.enterprise
                .inject
                .spi
                .CDI
                .current()
                .select(id.portaldesa.shared.seams.HomeSection.class, jakarta.enterprise.inject.Any.Literal.INSTANCE);
    }
}
