package id.portaldesa.letters.web;

import id.portaldesa.letters.LetterCatalogue;
import id.portaldesa.shared.seams.SearchHit;
import id.portaldesa.shared.seams.SearchSource;
import id.portaldesa.village.CurrentVillage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Offered letters found by name or description in the village's search, from memory. */
@ApplicationScoped
public class LetterSearch implements SearchSource {

    static final String KIND = "letters.search.kind";

    @Inject
    LetterCatalogue catalogue;

    @Inject
    CurrentVillage village;

    @Override
    public List<SearchHit> search(String text, int limit) {
        if (!village.isPresent()) {
            return List.of();
        }
        String wanted = plain(text);
        if (wanted.isEmpty()) {
            return List.of();
        }
        return catalogue.entries().stream()
                .filter(e -> plain(e.name()).contains(wanted)
                        || (e.description() != null && plain(e.description()).contains(wanted)))
                .limit(limit)
                .map(e -> new SearchHit(KIND, e.name(), e.description(), LetterRoutes.TYPE, Map.of("kode", e.code())))
                .toList();
    }

    /** Case and accents do not matter. */
    static String plain(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .strip();
    }
}
