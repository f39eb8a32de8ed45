package id.portaldesa.site.web;

import id.portaldesa.shared.seams.Search;
import id.portaldesa.shared.seams.SearchHit;
import id.portaldesa.shared.web.PageLinks;
import id.portaldesa.village.CurrentVillage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The village's search page, {@code /cari?q=}: every feature's {@link
 * id.portaldesa.shared.seams.SearchSource} through {@link Search}, the hits grouped by their kind.
 */
@Named
@RequestScoped
public class SearchPage {

    /**
     * The hits of one kind, under its label's key. The page reads groups and hits as properties:
     * a method call in an EL expression looks the method up by reflection each time, and the search
     * page made some 150 of them.
     */
    public static final class Group {

        private final String kindKey;
        private final List<Found> hits;

        Group(String kindKey, List<Found> hits) {
            this.kindKey = kindKey;
            this.hits = List.copyOf(hits);
        }

        public String getKindKey() {
            return kindKey;
        }

        public List<Found> getHits() {
            return hits;
        }
    }

    /** One hit as the page shows it: its link's address and text, and the snippet. */
    public static final class Found {

        private final String address;
        private final String title;
        private final String snippet;

        Found(String address, String title, String snippet) {
            this.address = address;
            this.title = title;
            this.snippet = snippet;
        }

        public String getAddress() {
            return address;
        }

        public String getTitle() {
            return title;
        }

        public String getSnippet() {
            return snippet;
        }
    }

    @Inject
    Search search;

    @Inject
    CurrentVillage village;

    @Inject
    HttpServletRequest request;

    @Inject
    PageLinks links;

    private List<Group> groups;

    /** What was asked, trimmed and cut as the search reads it. */
    public String getQuery() {
        String q = request.getParameter("q");
        if (q == null) {
            return "";
        }
        String plain = q.strip().replaceAll("\\s+", " ");
        return plain.length() > Search.MAX_LENGTH ? plain.substring(0, Search.MAX_LENGTH) : plain;
    }

    public boolean isAsked() {
        return !getQuery().isEmpty();
    }

    public boolean isTooShort() {
        return isAsked() && getQuery().length() < Search.MIN_LENGTH;
    }

    public List<Group> getGroups() {
        if (groups == null) {
            village.check();
            groups = group(search.search(getQuery()), hit -> links.to(hit.viewId(), hit.parameters()));
        }
        return groups;
    }

    public int getCount() {
        return getGroups().stream().mapToInt(g -> g.getHits().size()).sum();
    }

    /** In the order the kinds first appear (sources in their stable order), each kind once. */
    static List<Group> group(List<SearchHit> hits, Function<SearchHit, String> addressOf) {
        Map<String, List<Found>> byKind = new LinkedHashMap<>();
        for (SearchHit hit : hits) {
            byKind.computeIfAbsent(hit.kindKey(), k -> new ArrayList<>())
                    .add(new Found(addressOf.apply(hit), hit.title(), hit.snippet()));
        }
        return byKind.entrySet().stream()
                .map(e -> new Group(e.getKey(), e.getValue()))
                .toList();
    }
}
