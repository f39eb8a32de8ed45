package id.portaldesa.catalogue;

import java.util.List;
import java.util.function.Predicate;

/** The public products of a snapshot as the catalogue page and the API list them. */
public final class ProductCatalogue {

    private ProductCatalogue() {}

    /**
     * The products of a category (all for null or an unknown one), matching every word of a query,
     * newest first.
     */
    public static List<PublicProduct> select(CatalogueSnapshot snapshot, String categorySlug, String query) {
        Predicate<String> matches = Texts.matching(query);
        return snapshot.products().stream()
                .filter(p -> categorySlug == null || categorySlug.isBlank() || categorySlug.equals(p.categorySlug()))
                .filter(p -> matches.test(p.searchText()))
                .toList();
    }

    /** Featured products first, then the newest, at most {@code limit}: for the home page. */
    public static List<PublicProduct> featured(CatalogueSnapshot snapshot, int limit) {
        return java.util.stream.Stream.concat(
                        snapshot.products().stream().filter(PublicProduct::featured),
                        snapshot.products().stream().filter(p -> !p.featured()))
                .limit(limit)
                .toList();
    }

    /** Featured destinations first, then the newest, at most {@code limit}. */
    public static List<PublicDestination> featuredDestinations(CatalogueSnapshot snapshot, int limit) {
        return java.util.stream.Stream.concat(
                        snapshot.destinations().stream().filter(PublicDestination::featured),
                        snapshot.destinations().stream().filter(d -> !d.featured()))
                .limit(limit)
                .toList();
    }

    /** Destinations matching every word of a query. */
    public static List<PublicDestination> destinations(CatalogueSnapshot snapshot, String query) {
        Predicate<String> matches = Texts.matching(query);
        return snapshot.destinations().stream()
                .filter(d -> matches.test(d.searchText()))
                .toList();
    }
}
