package id.portaldesa.letters.web;

import id.portaldesa.letters.LetterCatalogue;
import id.portaldesa.shared.seams.SitemapEntry;
import id.portaldesa.shared.seams.SitemapSource;
import id.portaldesa.village.CurrentVillage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The catalogue and each offered letter's page in the village's sitemap. */
@ApplicationScoped
public class LetterSitemap implements SitemapSource {

    @Inject
    LetterCatalogue catalogue;

    @Inject
    CurrentVillage village;

    @Override
    public List<SitemapEntry> entries() {
        if (!village.isPresent() || catalogue.entries().isEmpty()) {
            return List.of();
        }
        List<SitemapEntry> entries = new ArrayList<>();
        entries.add(SitemapEntry.of(LetterRoutes.CATALOGUE, null));
        catalogue
                .entries()
                .forEach(e -> entries.add(new SitemapEntry(LetterRoutes.TYPE, Map.of("kode", e.code()), null)));
        return entries;
    }
}
