package id.portaldesa.news.web;

import id.portaldesa.news.PublishedNews;
import id.portaldesa.shared.seams.SearchHit;
import id.portaldesa.shared.seams.SearchSource;
import id.portaldesa.village.CurrentVillage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/** Published articles of the village in its search: title, summary and text. */
@ApplicationScoped
public class NewsSearch implements SearchSource {

    static final String KIND = "news.search.kind";

    @Inject
    CurrentVillage village;

    @Inject
    PublishedNews news;

    @Override
    public List<SearchHit> search(String text, int limit) {
        return village.get()
                .map(v -> news.search(v.id(), text, limit).stream()
                        .map(found -> new SearchHit(
                                KIND,
                                found.card().title(),
                                found.snippet(),
                                NewsRoutes.ARTICLE_VIEW,
                                Map.of(NewsRoutes.SLUG_PARAMETER, found.card().slug())))
                        .toList())
                .orElse(List.of());
    }
}
