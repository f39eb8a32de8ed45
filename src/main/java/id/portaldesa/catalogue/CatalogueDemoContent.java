package id.portaldesa.catalogue;

import id.portaldesa.account.Account;
import id.portaldesa.account.AccountRepository;
import id.portaldesa.account.ConfirmationMethod;
import id.portaldesa.account.ResidentOfficeService;
import id.portaldesa.account.ResidentRepository;
import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.catalogue.DemoPictures.Motif;
import id.portaldesa.media.Upload;
import id.portaldesa.shared.config.PortalConfig;
import id.portaldesa.shared.seams.DemoContent;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.VillageRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Demo mode only: each demo village's catalogue, made through the services as its people would:
 * categories and destinations by the admin; the demo resident (confirmed at the counter) asks to
 * sell, the admin approves the shop, the resident adds products with photos, the admin approves
 * them. Photos are drawn with Java2D ({@link DemoPictures}).
 */
@ApplicationScoped
public class CatalogueDemoContent implements DemoContent {

    record DemoProduct(
            String name, String category, long price, ProductUnit unit, Integer stock, Motif motif, String text) {}

    record DemoDestination(
            String name,
            String description,
            String facilities,
            String hours,
            Long ticket,
            double latitude,
            double longitude,
            Motif motif) {}

    record DemoCatalogue(String shop, String whatsapp, List<DemoProduct> products, List<DemoDestination> places) {}

    static final List<String> CATEGORIES = List.of("Makanan ringan", "Minuman", "Hasil kebun", "Kerajinan");

    static final Map<String, DemoCatalogue> CATALOGUES = Map.of(
            "kungkai",
            new DemoCatalogue(
                    "Dapur Bu Warga Kungkai",
                    "0812-7400-1204",
                    List.of(
                            new DemoProduct(
                                    "Keripik Pisang Cokelat",
                                    "Makanan ringan",
                                    15_000,
                                    ProductUnit.PACK,
                                    40,
                                    Motif.CHIPS,
                                    "Keripik pisang kepok dari kebun warga, digoreng tipis dan dilapisi cokelat.\n\n"
                                            + "Isi 250 gram, tahan sebulan dalam wadah tertutup."),
                            new DemoProduct(
                                    "Kopi Robusta Bubuk Merangin",
                                    "Minuman",
                                    45_000,
                                    ProductUnit.GRAM_250,
                                    25,
                                    Motif.COFFEE,
                                    "Biji robusta dari lereng perbukitan Merangin, disangrai sedang dan digiling halus."
                                            + " Cocok diseduh tubruk."),
                            new DemoProduct(
                                    "Madu Hutan Sialang",
                                    "Hasil kebun",
                                    120_000,
                                    ProductUnit.BOTTLE,
                                    8,
                                    Motif.HONEY,
                                    "Madu liar dari pohon sialang, dipanen warga secara tradisional. Botol 500 ml."),
                            new DemoProduct(
                                    "Tikar Anyaman Pandan",
                                    "Kerajinan",
                                    85_000,
                                    ProductUnit.SHEET,
                                    null,
                                    Motif.WEAVING,
                                    "Tikar pandan anyaman tangan ibu-ibu Kungkai, ukuran 1 × 2 meter."
                                            + " Dibuat sesuai pesanan, motif boleh dipilih."),
                            new DemoProduct(
                                    "Gula Aren Cetak",
                                    "Hasil kebun",
                                    28_000,
                                    ProductUnit.KG,
                                    15,
                                    Motif.SUGAR,
                                    "Gula aren murni dari nira pohon enau, dimasak di tungku kayu dan dicetak batok."),
                            new DemoProduct(
                                    "Ikan Salai Patin",
                                    "Makanan ringan",
                                    90_000,
                                    ProductUnit.KG,
                                    0,
                                    Motif.FISH,
                                    "Ikan patin Sungai Merangin diasap perlahan sampai kering; gurih untuk gulai.")),
                    List.of(
                            new DemoDestination(
                                    "Tepian Sungai Merangin",
                                    "Tepian sungai yang teduh untuk bersantai sore, memancing dan menikmati matahari"
                                            + " terbenam.\n\nPada musim kemarau air jernih dan dangkal di tepi.",
                                    "Parkir\nMusala\nWarung makan\nGazebo",
                                    "Setiap hari, 07.00–18.00 WIB",
                                    5_000L,
                                    -2.0831,
                                    102.2784,
                                    Motif.RIVER),
                            new DemoDestination(
                                    "Air Terjun Talang Kungkai",
                                    "Air terjun kecil di tengah hutan desa, sekitar 30 menit berjalan kaki dari"
                                            + " jalan desa. Pemandu warga tersedia.",
                                    "Pemandu warga\nTempat berganti pakaian\nToilet",
                                    "Setiap hari, 08.00–16.00 WIB",
                                    10_000L,
                                    -2.0975,
                                    102.2650,
                                    Motif.WATERFALL),
                            new DemoDestination(
                                    "Kebun Kopi Warga",
                                    "Wisata petik kopi dan belajar menyangrai bersama petani.",
                                    "Parkir\nPondok kopi",
                                    "Sabtu–Minggu, 08.00–15.00 WIB",
                                    0L,
                                    -2.0712,
                                    102.2891,
                                    Motif.GARDEN))),
            "sungai-kapas",
            new DemoCatalogue(
                    "Lapak Sungai Kapas",
                    "0813-6600-2024",
                    List.of(
                            new DemoProduct(
                                    "Kerupuk Ikan Patin",
                                    "Makanan ringan",
                                    20_000,
                                    ProductUnit.PACK,
                                    30,
                                    Motif.CHIPS,
                                    "Kerupuk dari daging ikan patin segar, tinggal digoreng. Isi 500 gram."),
                            new DemoProduct(
                                    "Kopi Liberika Sangrai",
                                    "Minuman",
                                    50_000,
                                    ProductUnit.GRAM_250,
                                    20,
                                    Motif.COFFEE,
                                    "Kopi liberika dengan aroma buah nangka, biji sangrai utuh."),
                            new DemoProduct(
                                    "Madu Kelulut",
                                    "Hasil kebun",
                                    95_000,
                                    ProductUnit.BOTTLE,
                                    12,
                                    Motif.HONEY,
                                    "Madu lebah kelulut yang asam manis, 250 ml."),
                            new DemoProduct(
                                    "Keranjang Rotan",
                                    "Kerajinan",
                                    65_000,
                                    ProductUnit.PIECE,
                                    6,
                                    Motif.WEAVING,
                                    "Keranjang rotan untuk belanja dan hantaran, anyaman rapat.")),
                    List.of(new DemoDestination(
                            "Danau Kapas",
                            "Danau kecil dengan perahu warga untuk berkeliling.",
                            "Perahu\nParkir\nWarung",
                            "Setiap hari, 08.00–17.00 WIB",
                            10_000L,
                            -2.1012,
                            102.3120,
                            Motif.RIVER))),
            "tambang-emas",
            new DemoCatalogue(
                    "Karya Tambang Emas",
                    "0852-6600-2001",
                    List.of(
                            new DemoProduct(
                                    "Keripik Ubi Balado",
                                    "Makanan ringan",
                                    12_000,
                                    ProductUnit.PACK,
                                    50,
                                    Motif.CHIPS,
                                    "Keripik ubi kayu pedas manis, 200 gram."),
                            new DemoProduct(
                                    "Gula Semut Aren",
                                    "Hasil kebun",
                                    35_000,
                                    ProductUnit.GRAM_500,
                                    18,
                                    Motif.SUGAR,
                                    "Gula aren bubuk, mudah larut, untuk kopi dan kue."),
                            new DemoProduct(
                                    "Tudung Saji Anyaman",
                                    "Kerajinan",
                                    45_000,
                                    ProductUnit.PIECE,
                                    10,
                                    Motif.WEAVING,
                                    "Tudung saji dari daun pandan dan bambu, diameter 50 cm.")),
                    List.of(new DemoDestination(
                            "Bukit Kebun Pamenang",
                            "Bukit dengan kebun buah dan pemandangan lembah; ramai saat musim durian.",
                            "Parkir\nGazebo",
                            "Setiap hari, 07.00–17.00 WIB",
                            null,
                            -2.2105,
                            102.5301,
                            Motif.GARDEN))));

    @Inject
    CurrentVillage currentVillage;

    @Inject
    CurrentUser user;

    @Inject
    CategoryService categories;

    @Inject
    DestinationService destinations;

    @Inject
    SellerService sellers;

    @Inject
    ProductService products;

    @Inject
    ProductReviewService reviews;

    @Inject
    AccountRepository accounts;

    @Inject
    ResidentRepository residents;

    @Inject
    ResidentOfficeService residentOffice;

    @Inject
    PortalConfig config;

    /**
     * For load benchmarks (src/bench/home-page.sh): {@code PORTAL_DEMO_PRODUCTS} and
     * {@code PORTAL_DEMO_DESTINATIONS} grow the bench village's catalogue to that many, each with a
     * photo (variants of the demo items, numbered). Unset: the demo as it is.
     */
    int benchTarget(VillageRef village, String kind) {
        return PortalConfig.BENCH_VILLAGE.equals(village.slug()) ? config.demoItems(kind) : 0;
    }

    @Override
    public void fillCurrentVillage() {
        VillageRef village = currentVillage.require();
        DemoCatalogue demo = CATALOGUES.get(village.slug());
        Optional<Long> admin = user.accountId();
        if (demo == null || admin.isEmpty()) {
            return;
        }
        try {
            Map<String, Long> categoryIds = new HashMap<>();
            CATEGORIES.forEach(
                    name -> categoryIds.put(name, categories.add(name).getId()));
            long seed = village.id() * 31;
            List<DemoDestination> places = numbered(
                    demo.places(),
                    benchTarget(village, "destinations"),
                    (place, n) -> new DemoDestination(
                            place.name() + " " + n,
                            place.description(),
                            place.facilities(),
                            place.hours(),
                            place.ticket(),
                            place.latitude(),
                            place.longitude(),
                            place.motif()));
            for (DemoDestination place : places) {
                long id = destinations.create(
                        new DestinationDraft(
                                place.name(),
                                place.description(),
                                place.facilities(),
                                place.hours(),
                                place.ticket(),
                                null,
                                "Desa " + village.name() + ", Kecamatan " + village.districtName(),
                                place.latitude(),
                                place.longitude(),
                                demo.whatsapp(),
                                place == demo.places().get(0)),
                        photo(place.motif(), seed++));
                destinations.publish(id, true);
            }
            accounts.findByEmail("warga@" + village.slug() + ".test")
                    .ifPresent(resident -> openShop(
                            demo,
                            numbered(
                                    demo.products(),
                                    benchTarget(village, "products"),
                                    (item, n) -> new DemoProduct(
                                            item.name() + " " + n,
                                            item.category(),
                                            item.price() + n * 500L,
                                            item.unit(),
                                            item.stock(),
                                            item.motif(),
                                            item.text())),
                            resident,
                            admin.get(),
                            categoryIds,
                            village.id() * 97));
        } finally {
            user.actAs(admin.get());
        }
    }

    /** The demo resident is confirmed, opens a shop, and sells; the admin approves each step. */
    /** The demo's items, followed by numbered variants of them up to {@code total} (a benchmark's size). */
    static <T> List<T> numbered(List<T> items, int total, java.util.function.BiFunction<T, Integer, T> variant) {
        List<T> all = new java.util.ArrayList<>(items);
        for (int n = items.size() + 1; n <= total; n++) {
            all.add(variant.apply(items.get((n - 1) % items.size()), n));
        }
        return all;
    }

    private void openShop(
            DemoCatalogue demo,
            List<DemoProduct> items,
            Account resident,
            long admin,
            Map<String, Long> categoryIds,
            long seed) {
        residents
                .ofAccount(resident.getId())
                .ifPresent(r -> residentOffice.confirm(r.getId(), ConfirmationMethod.COUNTER, "Data demo"));
        user.actAs(resident.getId());
        Seller shop = sellers.ask(demo.shop(), demo.whatsapp(), Locale.forLanguageTag("id"));
        user.actAs(admin);
        sellers.approve(shop.getId());
        for (DemoProduct item : items) {
            user.actAs(resident.getId());
            long id = products.create(
                    new ProductDraft(
                            item.name(),
                            item.text(),
                            item.price(),
                            item.unit(),
                            item.stock(),
                            categoryIds.get(item.category())),
                    photo(item.motif(), seed++));
            user.actAs(admin);
            reviews.approve(id);
            if (item == items.get(0) || item == items.get(1)) {
                reviews.feature(id, true);
            }
        }
    }

    private static Upload photo(Motif motif, long seed) {
        return new Upload(motif.name().toLowerCase(Locale.ROOT) + ".jpg", DemoPictures.jpeg(motif, seed));
    }
}
