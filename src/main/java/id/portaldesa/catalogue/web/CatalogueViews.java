package id.portaldesa.catalogue.web;

import id.portaldesa.shared.web.CacheableViews;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * The first pages of the product and destination lists, and each product's and destination's own
 * page, are the same for every anonymous visitor of one language and address, and show only what the
 * catalogue announces when it changes (the page store keys by address: each product is its own page).
 */
@ApplicationScoped
public class CatalogueViews implements CacheableViews {

    @Override
    public Set<String> viewIds() {
        return Set.of(
                CatalogueRoutes.PRODUCTS,
                CatalogueRoutes.PRODUCT,
                CatalogueRoutes.DESTINATIONS,
                CatalogueRoutes.DESTINATION);
    }
}
