package id.portaldesa.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the public catalogue answers for an address, a search, a category and the home page. */
class CatalogueSnapshotTest {

    static PublicProduct product(long id, String slug, String name, String category, boolean featured) {
        return new PublicProduct(
                id,
                slug,
                name,
                "Keterangan " + name,
                15_000,
                ProductUnit.PACK,
                null,
                category,
                category == null ? null : "Kategori " + category,
                "Lapak Bu Sari",
                "6281234567890",
                List.of(),
                featured,
                Instant.EPOCH,
                Instant.EPOCH,
                Texts.searchable(name, "Keterangan " + name, "Lapak Bu Sari"));
    }

    static final CatalogueSnapshot SNAPSHOT = new CatalogueSnapshot(
            1,
            7,
            List.of(
                    product(3, "kopi-robusta", "Kopi Robusta", "minuman", false),
                    product(2, "keripik-pisang", "Keripik Pisang", "makanan", true),
                    product(1, "madu-hutan", "Madu Hutan Sialang", null, false)),
            List.of(new PublicCategory("minuman", "Minuman", 1), new PublicCategory("makanan", "Makanan", 1)),
            List.of(),
            Map.of("kopi-lama", "kopi-robusta", "sudah-dihapus", "tidak-ada"),
            Map.of());

    @Test
    void anAddressFindsTheProductAnOldOneMovesAnythingElseIsMissing() {
        assertEquals(
                "Kopi Robusta",
                ((CatalogueSnapshot.Found<PublicProduct>) SNAPSHOT.product("kopi-robusta"))
                        .item()
                        .name());
        assertEquals("kopi-robusta", ((CatalogueSnapshot.Moved<PublicProduct>) SNAPSHOT.product("kopi-lama")).slug());
        assertInstanceOf(CatalogueSnapshot.Missing.class, SNAPSHOT.product("sudah-dihapus"));
        assertInstanceOf(CatalogueSnapshot.Missing.class, SNAPSHOT.product("tidak-pernah-ada"));
        assertInstanceOf(CatalogueSnapshot.Missing.class, SNAPSHOT.product(null));
    }

    @Test
    void theCatalogueFiltersByCategoryAndByEveryWordOfASearch() {
        assertEquals(List.of(3L), ids(ProductCatalogue.select(SNAPSHOT, "minuman", null)));
        assertEquals(List.of(3L, 2L, 1L), ids(ProductCatalogue.select(SNAPSHOT, null, null)));
        assertEquals(List.of(1L), ids(ProductCatalogue.select(SNAPSHOT, null, "  MADU  sialang ")));
        assertEquals(List.of(3L, 2L, 1L), ids(ProductCatalogue.select(SNAPSHOT, null, "lapak sari")));
        assertEquals(List.of(), ids(ProductCatalogue.select(SNAPSHOT, null, "madu kopi")));
        assertEquals(List.of(2L), ids(ProductCatalogue.select(SNAPSHOT, "makanan", "pisang")));
    }

    @Test
    void theHomePageShowsFeaturedProductsFirst() {
        assertEquals(List.of(2L, 3L), ids(ProductCatalogue.featured(SNAPSHOT, 2)));
    }

    @Test
    void searchHitsLeadToTheProductsPage() {
        var hits = CatalogueSearchHits.products(SNAPSHOT, "keripik", 10);
        assertEquals(1, hits.size());
        assertEquals("Keripik Pisang", hits.get(0).title());
        assertEquals("/public/catalogue/product.xhtml", hits.get(0).viewId());
        assertEquals(Map.of("nama", "keripik-pisang"), hits.get(0).parameters());
        assertEquals(CatalogueSearchHits.PRODUCT_KIND, hits.get(0).kindKey());
        assertEquals(2, CatalogueSearchHits.products(SNAPSHOT, "lapak", 2).size(), "at most the limit");
    }

    static List<Long> ids(List<PublicProduct> products) {
        return products.stream().map(PublicProduct::id).toList();
    }
}
