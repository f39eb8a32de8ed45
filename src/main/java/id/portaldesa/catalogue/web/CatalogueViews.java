package id.portaldesa.catalogue.web;

import id.portaldesa.shared.web.CacheableViews;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * The first pages of the product and destination lists are the same for every anonymous visitor of
 * one language and address, and show only what the catalogue announces when it changes. A product's
 * or destination's own page is not declared: the page cache keys on the view, not on the name in
 * its address, so every product would share one stored page. Those render from memory instead.
 */
@ApplicationScoped
public class CatalogueViews implements CacheableViews {

    @Override
    public Set<String> viewIds() {
        return Set.of(CatalogueRoutes.PRODUCTS, CatalogueRoutes.DESTINATIONS);
    }
}
