package id.portaldesa.participation.web;

import id.portaldesa.participation.PublicStories;
import id.portaldesa.shared.seams.HomeSection;
import id.portaldesa.village.CurrentVillage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** The newest "problem solved" stories on the village's home page, from memory. */
@ApplicationScoped
public class SolvedStoriesSection implements HomeSection {

    static final int COUNT = 3;

    @Inject
    CurrentVillage village;

    @Inject
    PublicStories stories;

    @Override
    public int order() {
        return 460;
    }

    @Override
    public String titleKey() {
        return "participation.story.home";
    }

    @Override
    public String fragment() {
        return "/WEB-INF/sections/participation/stories.xhtml";
    }

    @Override
    public Optional<?> model() {
        return village.get()
                .map(v -> stories.latest(v.id(), COUNT))
                .filter(list -> !list.isEmpty())
                .map(List::copyOf);
    }
}
