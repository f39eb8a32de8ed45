package id.portaldesa.site.web;

import id.portaldesa.shared.seams.Search;
import id.portaldesa.shared.seams.SearchHit;
import id.portaldesa.village.CurrentVillage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The village's search page, {@code /cari?q=}: every feature's {@link
 * id.portaldesa.shared.seams.SearchSource} through {@link Search}, the hits grouped by their kind.
 */
@Named
@RequestScoped
public class SearchPage {

    /** The hits of one kind, under its label's key. */
    public record Group(String kindKey, List<SearchHit> hits) {}

    @Inject
    Search search;

    @Inject
    CurrentVillage village;

    @Inject
    HttpServletRequest request;

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
            groups = group(search.search(getQuery()));
        }
        return groups;
    }

    public int getCount() {
        return getGroups().stream().mapToInt(g -> g.hits().size()).sum();
    }

    /** In the order the kinds first appear (sources in their stable order), each kind once. */
    static List<Group> group(List<SearchHit> hits) {
        Map<String, List<SearchHit>> byKind = new LinkedHashMap<>();
        for (SearchHit hit : hits) {
            byKind.computeIfAbsent(hit.kindKey(), k -> new ArrayList<>()).add(hit);
        }
        return byKind.entrySet().stream()
                .map(e -> new Group(e.getKey(), List.copyOf(e.getValue())))
                .toList();
    }
}
