package id.portaldesa.news.web;

import id.portaldesa.news.PublishedNews;
import id.portaldesa.shared.seams.HomeSection;
import id.portaldesa.village.CurrentVillage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** The newest articles on the village's home page, from memory (at the village's current revision). */
@ApplicationScoped
public class LatestNewsSection implements HomeSection {

    static final int COUNT = 3;

    @Inject
    CurrentVillage village;

    @Inject
    PublishedNews news;

    @Override
    public int order() {
        return 200;
    }

    @Override
    public String titleKey() {
        return "news.home.title";
    }

    @Override
    public String fragment() {
        return "/WEB-INF/sections/news/latest.xhtml";
    }

    @Override
    public Optional<?> model() {
        return village.get()
                .map(v -> news.latest(v.id(), COUNT))
                .filter(cards -> !cards.isEmpty())
                .map(List::copyOf);
    }
}
