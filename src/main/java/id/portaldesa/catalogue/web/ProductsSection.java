package id.portaldesa.catalogue.web;

import id.portaldesa.catalogue.ProductCatalogue;
import id.portaldesa.catalogue.PublicCatalogue;
import id.portaldesa.catalogue.PublicProduct;
import id.portaldesa.shared.seams.HomeSection;
import id.portaldesa.village.CurrentVillage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** The village's featured products (else the newest) on its home page, from memory. */
@ApplicationScoped
public class ProductsSection implements HomeSection {

    static final int SHOWN = 4;

    @Inject
    CurrentVillage village;

    @Inject
    PublicCatalogue catalogue;

    @Override
    public int order() {
        return 300;
    }

    @Override
    public String titleKey() {
        return "catalogue.home.products";
    }

    @Override
    public String fragment() {
        return "/WEB-INF/sections/catalogue/products.xhtml";
    }

    @Override
    public Optional<?> model() {
        if (!village.isPresent()) {
            return Optional.empty();
        }
        List<PublicProduct> shown = ProductCatalogue.featured(catalogue.current(), SHOWN);
        return shown.isEmpty() ? Optional.empty() : Optional.of(shown);
    }
}
