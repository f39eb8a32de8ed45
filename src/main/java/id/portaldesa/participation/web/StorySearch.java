package id.portaldesa.participation.web;

import id.portaldesa.participation.PublicStories;
import id.portaldesa.shared.seams.SearchHit;
import id.portaldesa.shared.seams.SearchSource;
import id.portaldesa.shared.web.PageLinks;
import id.portaldesa.village.CurrentVillage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The village's published "problem solved" stories in its search: title and text. They are few and
 * already in memory ({@link PublicStories}), so they are searched there; a hit leads to the stories page.
 */
@ApplicationScoped
public class StorySearch implements SearchSource {

    static final int EXCERPT = 200;

    @Inject
    CurrentVillage village;

    @Inject
    PublicStories stories;

    @Override
    public List<SearchHit> search(String text, int limit) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return village.get()
                .map(v -> stories.of(v.id()).stream()
                        .filter(s -> contains(s.title(), wanted) || contains(s.text(), wanted))
                        .limit(limit)
                        .map(s -> new SearchHit(
                                "participation.story.search.kind",
                                s.title(),
                                PageLinks.summaryOf(s.text(), EXCERPT),
                                ParticipationRoutes.STORIES,
                                Map.of()))
                        .toList())
                .orElse(List.of());
    }

    private static boolean contains(String field, String wanted) {
        return field != null && field.toLowerCase(Locale.ROOT).contains(wanted);
    }
}
