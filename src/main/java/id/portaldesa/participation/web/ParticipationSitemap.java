package id.portaldesa.participation.web;

import id.portaldesa.participation.PublicAspirations;
import id.portaldesa.participation.PublicStories;
import id.portaldesa.shared.seams.SitemapEntry;
import id.portaldesa.shared.seams.SitemapSource;
import id.portaldesa.village.CurrentVillage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The village's sitemap: the aspirations page and every published aspiration, and the page of solved
 * stories when there is one.
 */
@ApplicationScoped
public class ParticipationSitemap implements SitemapSource {

    @Inject
    CurrentVillage village;

    @Inject
    PublicAspirations aspirations;

    @Inject
    PublicStories stories;

    @Override
    public List<SitemapEntry> entries() {
        return village.get()
                .map(v -> {
                    List<PublicAspirations.Card> all = aspirations.all(v.id());
                    List<SitemapEntry> entries = new ArrayList<>();
                    entries.add(SitemapEntry.of(
                            ParticipationRoutes.ASPIRATIONS,
                            all.isEmpty() ? null : all.get(0).publishedAt()));
                    for (PublicAspirations.Card card : all) {
                        entries.add(new SitemapEntry(
                                ParticipationRoutes.ASPIRATION,
                                Map.of(ParticipationRoutes.NUMBER, String.valueOf(card.id())),
                                card.publishedAt()));
                    }
                    List<PublicStories.Story> solved = stories.of(v.id());
                    if (!solved.isEmpty()) {
                        entries.add(SitemapEntry.of(
                                ParticipationRoutes.STORIES, solved.get(0).resolvedAt()));
                    }
                    return List.copyOf(entries);
                })
                .orElse(List.of());
    }
}
