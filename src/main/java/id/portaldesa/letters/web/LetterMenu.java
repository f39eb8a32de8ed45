package id.portaldesa.letters.web;

import id.portaldesa.letters.LetterCatalogue;
import id.portaldesa.shared.seams.MenuEntry;
import id.portaldesa.shared.seams.MenuSource;
import id.portaldesa.village.CurrentVillage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** "Layanan surat" in the village's public menu, where the village offers letters online (from memory). */
@ApplicationScoped
public class LetterMenu implements MenuSource {

    @Inject
    LetterCatalogue catalogue;

    @Inject
    CurrentVillage village;

    @Override
    public List<MenuEntry> entries() {
        if (!village.isPresent() || catalogue.entries().isEmpty()) {
            return List.of();
        }
        return List.of(MenuEntry.of("letters", "letters.menu", LetterRoutes.CATALOGUE, 500));
    }
}
