package id.portaldesa.catalogue.web;

import id.portaldesa.catalogue.PublicCatalogue;
import id.portaldesa.shared.seams.SitemapEntry;
import id.portaldesa.shared.seams.SitemapSource;
import id.portaldesa.village.CurrentVillage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The catalogue's pages in the village's sitemap: both lists, each public product and destination. */
@ApplicationScoped
public class CatalogueSitemap implements SitemapSource {

    @Inject
    CurrentVillage village;

    @Inject
    PublicCatalogue catalogue;

    @Override
    public List<SitemapEntry> entries() {
        if (!village.isPresent()) {
            return List.of();
        }
        var snapshot = catalogue.current();
        List<SitemapEntry> entries = new ArrayList<>();
        if (!snapshot.products().isEmpty()) {
            entries.add(SitemapEntry.of(CatalogueRoutes.PRODUCTS, null));
        }
        snapshot.products()
                .forEach(p -> entries.add(new SitemapEntry(
                        CatalogueRoutes.PRODUCT, Map.of(CatalogueRoutes.NAME, p.slug()), p.updatedAt())));
        if (!snapshot.destinations().isEmpty()) {
            entries.add(SitemapEntry.of(CatalogueRoutes.DESTINATIONS, null));
        }
        snapshot.destinations()
                .forEach(d -> entries.add(new SitemapEntry(
                        CatalogueRoutes.DESTINATION, Map.of(CatalogueRoutes.NAME, d.slug()), d.updatedAt())));
        return entries;
    }
}
