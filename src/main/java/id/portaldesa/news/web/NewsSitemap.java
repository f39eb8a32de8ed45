package id.portaldesa.news.web;

import id.portaldesa.news.ArticleCard;
import id.portaldesa.news.PublishedNews;
import id.portaldesa.shared.seams.SitemapEntry;
import id.portaldesa.shared.seams.SitemapSource;
import id.portaldesa.village.CurrentVillage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The news page and every published article (with its last change) in the village's sitemap. */
@ApplicationScoped
public class NewsSitemap implements SitemapSource {

    @Inject
    CurrentVillage village;

    @Inject
    PublishedNews news;

    @Override
    public List<SitemapEntry> entries() {
        return village.get()
                .map(v -> {
                    List<ArticleCard> all = news.all(v.id());
                    List<SitemapEntry> entries = new ArrayList<>();
                    entries.add(SitemapEntry.of(
                            NewsRoutes.LIST_VIEW,
                            all.isEmpty() ? null : all.get(0).updatedAt()));
                    for (ArticleCard card : all) {
                        entries.add(new SitemapEntry(
                                NewsRoutes.ARTICLE_VIEW,
                                Map.of(NewsRoutes.SLUG_PARAMETER, card.slug()),
                                card.updatedAt()));
                    }
                    return List.copyOf(entries);
                })
                .orElse(List.of());
    }
}
