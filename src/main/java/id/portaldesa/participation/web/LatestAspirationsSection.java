package id.portaldesa.participation.web;

import id.portaldesa.participation.PublicAspirations;
import id.portaldesa.shared.seams.HomeSection;
import id.portaldesa.village.CurrentVillage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** The newest published aspirations on the village's home page, from memory. */
@ApplicationScoped
public class LatestAspirationsSection implements HomeSection {

    static final int COUNT = 3;

    @Inject
    CurrentVillage village;

    @Inject
    PublicAspirations aspirations;

    @Override
    public int order() {
        return 450;
    }

    @Override
    public String titleKey() {
        return "participation.home.title";
    }

    @Override
    public String fragment() {
        return "/WEB-INF/sections/participation/latest.xhtml";
    }

    @Override
    public Optional<?> model() {
        return village.get()
                .map(v -> aspirations.latest(v.id(), COUNT))
                .filter(cards -> !cards.isEmpty())
                .map(List::copyOf);
    }
}
