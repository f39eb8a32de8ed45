package id.portaldesa.catalogue.web;

import id.portaldesa.catalogue.CatalogueSearchHits;
import id.portaldesa.catalogue.PublicCatalogue;
import id.portaldesa.shared.seams.SearchHit;
import id.portaldesa.shared.seams.SearchSource;
import id.portaldesa.village.CurrentVillage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The village's public products in its search, from memory. */
@ApplicationScoped
public class ProductSearch implements SearchSource {

    @Inject
    CurrentVillage village;

    @Inject
    PublicCatalogue catalogue;

    @Override
    public List<SearchHit> search(String text, int limit) {
        return village.isPresent() ? CatalogueSearchHits.products(catalogue.current(), text, limit) : List.of();
    }
}
