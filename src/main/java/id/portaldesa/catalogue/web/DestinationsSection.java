package id.portaldesa.catalogue.web;

import id.portaldesa.catalogue.ProductCatalogue;
import id.portaldesa.catalogue.PublicCatalogue;
import id.portaldesa.catalogue.PublicDestination;
import id.portaldesa.shared.seams.HomeSection;
import id.portaldesa.village.CurrentVillage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** The village's featured destinations (else the newest) on its home page, from memory. */
@ApplicationScoped
public class DestinationsSection implements HomeSection {

    static final int SHOWN = 3;

    @Inject
    CurrentVillage village;

    @Inject
    PublicCatalogue catalogue;

    @Override
    public int order() {
        return 400;
    }

    @Override
    public String titleKey() {
        return "catalogue.home.destinations";
    }

    @Override
    public String fragment() {
        return "/WEB-INF/sections/catalogue/destinations.xhtml";
    }

    @Override
    public Optional<?> model() {
        if (!village.isPresent()) {
            return Optional.empty();
        }
        List<PublicDestination> shown = ProductCatalogue.featuredDestinations(catalogue.current(), SHOWN);
        return shown.isEmpty() ? Optional.empty() : Optional.of(shown);
    }
}
