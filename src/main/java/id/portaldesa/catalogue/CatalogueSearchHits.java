package id.portaldesa.catalogue;

import id.portaldesa.shared.seams.SearchHit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the village search finds in a catalogue snapshot: public products, published destinations. */
public final class CatalogueSearchHits {

    public static final String PRODUCT_KIND = "catalogue.search.kind.product";
    public static final String DESTINATION_KIND = "catalogue.search.kind.destination";
    static final int SNIPPET = 160;

    private CatalogueSearchHits() {}

    public static List<SearchHit> products(CatalogueSnapshot snapshot, String text, int limit) {
        List<SearchHit> hits = new ArrayList<>();
        for (PublicProduct p : ProductCatalogue.select(snapshot, null, text)) {
            if (hits.size() >= limit) {
                return hits;
            }
            hits.add(new SearchHit(
                    PRODUCT_KIND,
                    p.name(),
                    p.priceText() + " · " + p.shopName() + " · " + Texts.snippet(p.description(), text, SNIPPET),
                    "/public/catalogue/product.xhtml",
                    Map.of("nama", p.slug())));
        }
        return hits;
    }

    public static List<SearchHit> destinations(CatalogueSnapshot snapshot, String text, int limit) {
        List<SearchHit> hits = new ArrayList<>();
        for (PublicDestination d : ProductCatalogue.destinations(snapshot, text)) {
            if (hits.size() >= limit) {
                return hits;
            }
            hits.add(new SearchHit(
                    DESTINATION_KIND,
                    d.name(),
                    Texts.snippet(d.description(), text, SNIPPET),
                    "/public/catalogue/destination.xhtml",
                    Map.of("nama", d.slug())));
        }
        return hits;
    }
}
