package id.portaldesa.site.menu;

import id.portaldesa.shared.seams.MenuEntry;
import id.portaldesa.shared.seams.MenuOrdering;
import id.portaldesa.village.CurrentVillage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The public menu in the order the current village's admin chose, without the entries they hid. */
@ApplicationScoped
public class VillageMenuOrdering implements MenuOrdering {

    @Inject
    CurrentVillage village;

    @Inject
    MenuArrangements arrangements;

    @Override
    public List<MenuEntry> arrange(List<MenuEntry> offered) {
        return village.get().map(v -> arrangements.of(v.id()).arrange(offered)).orElse(offered);
    }
}
