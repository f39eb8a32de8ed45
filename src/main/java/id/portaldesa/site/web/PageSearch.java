package id.portaldesa.site.web;

import id.portaldesa.shared.seams.SearchHit;
import id.portaldesa.shared.seams.SearchSource;
import id.portaldesa.site.SearchText;
import id.portaldesa.site.pages.PublishedPage;
import id.portaldesa.site.pages.PublishedPages;
import id.portaldesa.village.CurrentVillage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Finds the village's published pages by title and text in its search. From memory. */
@ApplicationScoped
public class PageSearch implements SearchSource {

    static final String KIND = "site.search.kind.page";

    @Inject
    CurrentVillage village;

    @Inject
    PublishedPages pages;

    @Override
    public List<SearchHit> search(String text, int limit) {
        if (!village.isPresent()) {
            return List.of();
        }
        return find(pages.of(village.id()).all(), text, limit);
    }

    /**
     * Pages whose title matches first, then those whose text does; the snippet around the match. Reads
     * the plain forms the snapshot made once: a visitor's search normalises only the words asked.
     */
    static List<SearchHit> find(List<PublishedPage> pages, String text, int limit) {
        String wanted = SearchText.plain(text);
        if (wanted.isEmpty()) {
            return List.of();
        }
        var byTitle = pages.stream().filter(p -> p.searchTitle().contains(wanted));
        var byText = pages.stream()
                .filter(p -> !p.searchTitle().contains(wanted))
                .filter(p -> p.searchText().contains(wanted));
        return Stream.concat(byTitle, byText)
                .limit(limit)
                .map(p -> new SearchHit(
                        KIND,
                        p.title(),
                        ProfileSearch.snippet(p.text(), p.searchText(), wanted),
                        SiteRoutes.PAGE_VIEW,
                        Map.of(SiteRoutes.PAGE_PARAMETER, p.slug())))
                .toList();
    }
}
