package id.portaldesa.site.web;

import id.portaldesa.shared.seams.HomeSection;
import id.portaldesa.village.CurrentVillage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** The home page's invitation to the village's online services (and to register for them). */
@ApplicationScoped
public class ServicesSection implements HomeSection {

    @Inject
    CurrentVillage village;

    @Override
    public int order() {
        return 100;
    }

    @Override
    public String titleKey() {
        return "site.home.services";
    }

    @Override
    public String fragment() {
        return "/WEB-INF/sections/site/services.xhtml";
    }

    @Override
    public Optional<?> model() {
        return village.get();
    }
}
