package id.portaldesa.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything public of one village's catalogue at one content revision: its public products (newest
 * first), categories with their counts, published destinations, and where old slugs lead. Immutable;
 * public pages, the home page, search, sitemap and the API read it without a query.
 */
public final class CatalogueSnapshot {

    /** Where an address such as {@code /produk/<slug>} leads. */
    public sealed interface Lookup<T> permits Found, Moved, Missing {}

    public record Found<T>(T item) implements Lookup<T> {}

    /** An old slug: the item's current one. */
    public record Moved<T>(String slug) implements Lookup<T> {}

    public record Missing<T>() implements Lookup<T> {}

    private final long villageId;
    private final long revision;
    private final List<PublicProduct> products;
    private final List<PublicCategory> categories;
    private final List<PublicDestination> destinations;
    private final Map<String, PublicProduct> productsBySlug = new LinkedHashMap<>();
    private final Map<String, PublicDestination> destinationsBySlug = new LinkedHashMap<>();
    private final Map<String, String> movedProducts;
    private final Map<String, String> movedDestinations;

    CatalogueSnapshot(
            long villageId,
            long revision,
            List<PublicProduct> products,
            List<PublicCategory> categories,
            List<PublicDestination> destinations,
            Map<String, String> movedProducts,
            Map<String, String> movedDestinations) {
        this.villageId = villageId;
        this.revision = revision;
        this.products = List.copyOf(products);
        this.categories = List.copyOf(categories);
        this.destinations = List.copyOf(destinations);
        this.products.forEach(p -> productsBySlug.put(p.slug(), p));
        this.destinations.forEach(d -> destinationsBySlug.put(d.slug(), d));
        this.movedProducts = Map.copyOf(movedProducts);
        this.movedDestinations = Map.copyOf(movedDestinations);
    }

    static CatalogueSnapshot empty(long villageId, long revision) {
        return new CatalogueSnapshot(villageId, revision, List.of(), List.of(), List.of(), Map.of(), Map.of());
    }

    public long villageId() {
        return villageId;
    }

    public long revision() {
        return revision;
    }

    /** Public products, newest first. */
    public List<PublicProduct> products() {
        return products;
    }

    /** Categories that hold at least one public product, in the admin's order. */
    public List<PublicCategory> categories() {
        return categories;
    }

    /** Published destinations, newest first. */
    public List<PublicDestination> destinations() {
        return destinations;
    }

    public Lookup<PublicProduct> product(String slug) {
        return lookup(slug, productsBySlug, movedProducts);
    }

    public Lookup<PublicDestination> destination(String slug) {
        return lookup(slug, destinationsBySlug, movedDestinations);
    }

    /** How many items the snapshot holds: what it costs to keep. */
    int weight() {
        return 1 + products.size() + destinations.size();
    }

    private static <T> Lookup<T> lookup(String slug, Map<String, T> current, Map<String, String> moved) {
        if (slug == null) {
            return new Missing<>();
        }
        T found = current.get(slug);
        if (found != null) {
            return new Found<>(found);
        }
        String now = moved.get(slug);
        // An old slug leads on only to an item that is public now.
        return now != null && current.containsKey(now) ? new Moved<>(now) : new Missing<>();
    }
}
