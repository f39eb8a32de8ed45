package id.portaldesa.site.web;

import id.portaldesa.shared.seams.SearchHit;
import id.portaldesa.shared.seams.SearchSource;
import id.portaldesa.site.SiteRef;
import id.portaldesa.site.Sites;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.TenantFilter;
import id.portaldesa.village.VillageRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the village's profile (name, tagline, address, district and regency) in the village's
 * search; leads to its home page. Reads the snapshot in memory.
 */
@ApplicationScoped
public class ProfileSearch implements SearchSource {

    static final String KIND = "site.search.kind.profile";

    @Inject
    CurrentVillage village;

    @Inject
    Sites sites;

    @Override
    public List<SearchHit> search(String text, int limit) {
        return village.get().flatMap(v -> hitFor(v, sites.of(v.id()), text)).stream()
                .limit(limit)
                .toList();
    }

    static Optional<SearchHit> hitFor(VillageRef v, SiteRef site, String text) {
        String wanted = plain(text);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        String region = v.districtName() + ", " + v.regencyName();
        return Stream.of(v.name(), site.tagline(), site.address(), region)
                .filter(Objects::nonNull)
                .filter(field -> plain(field).contains(wanted))
                .findFirst()
                .map(field -> new SearchHit(
                        KIND,
                        v.name(),
                        field.equals(v.name()) ? region : field,
                        TenantFilter.VILLAGE_HOME_VIEW,
                        Map.of()));
    }

    /** Case and accents do not matter: "Kungkái" finds "kungkai". */
    static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .strip();
    }
}
