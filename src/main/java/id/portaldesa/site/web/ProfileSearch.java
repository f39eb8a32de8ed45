package id.portaldesa.site.web;

import id.portaldesa.shared.seams.SearchHit;
import id.portaldesa.shared.seams.SearchSource;
import id.portaldesa.site.SearchText;
import id.portaldesa.site.SiteRef;
import id.portaldesa.site.Sites;
import id.portaldesa.site.profile.Profiles;
import id.portaldesa.site.profile.PublicProfile;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.VillageRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the village's profile (name, tagline, address, district and regency, history, vision and
 * mission, the names of its officials) in the village's search; leads to its profile page. Reads the
 * snapshots in memory.
 */
@ApplicationScoped
public class ProfileSearch implements SearchSource {

    static final String KIND = "site.search.kind.profile";
    static final int SNIPPET = 160;

    @Inject
    CurrentVillage village;

    @Inject
    Sites sites;

    @Inject
    Profiles profiles;

    @Override
    public List<SearchHit> search(String text, int limit) {
        return village.get().flatMap(v -> hitFor(v, sites.of(v.id()), profiles.of(v.id()), text)).stream()
                .limit(limit)
                .toList();
    }

    static Optional<SearchHit> hitFor(VillageRef v, SiteRef site, String text) {
        return hitFor(v, site, null, text);
    }

    static Optional<SearchHit> hitFor(VillageRef v, SiteRef site, PublicProfile profile, String text) {
        String wanted = SearchText.plain(text);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        String region = v.districtName() + ", " + v.regencyName();
        Stream<String> fields = Stream.of(v.name(), site.tagline(), site.address(), region, site.welcome());
        if (profile != null) {
            fields = Stream.concat(
                    fields,
                    Stream.concat(
                            Stream.of(
                                    profile.details().history(),
                                    profile.details().vision(),
                                    profile.details().mission()),
                            profile.officials().stream().map(o -> o.name() + " — " + o.position())));
        }
        return fields.filter(Objects::nonNull)
                .filter(field -> SearchText.plain(field).contains(wanted))
                .findFirst()
                .map(field -> new SearchHit(
                        KIND,
                        v.name(),
                        field.equals(v.name()) ? region : snippet(field, wanted),
                        SiteRoutes.PROFILE_VIEW,
                        Map.of()));
    }

    /** Up to {@value #SNIPPET} characters of the text around the first match, whole words, with ellipses. */
    static String snippet(String text, String wanted) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= SNIPPET ? flat : snippet(flat, SearchText.plain(flat), wanted);
    }

    /**
     * The same of a text already flat (stripped, each run of white space one space), given with its
     * plain form: what a snapshot made once ({@link id.portaldesa.site.pages.PublishedPage}).
     */
    static String snippet(String flat, String plainFlat, String wanted) {
        if (flat.length() <= SNIPPET) {
            return flat;
        }
        int at = Math.max(0, plainFlat.indexOf(wanted));
        int start = Math.max(0, at - SNIPPET / 3);
        if (start > 0) {
            int space = flat.indexOf(' ', start);
            start = space < 0 || space > at ? start : space + 1;
        }
        int end = Math.min(flat.length(), start + SNIPPET);
        if (end < flat.length()) {
            int space = flat.lastIndexOf(' ', end);
            end = space > start ? space : end;
        }
        return (start > 0 ? "…" : "") + flat.substring(start, end) + (end < flat.length() ? "…" : "");
    }
}
