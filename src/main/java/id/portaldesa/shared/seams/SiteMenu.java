package id.portaldesa.shared.seams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The current village's public menu: every {@link MenuSource}'s entries, in the village's order. */
@Named
@RequestScoped
public class SiteMenu {

    @Inject
    @Any
    Instance<MenuSource> sources;

    @Inject
    Instance<MenuOrdering> ordering;

    private List<MenuEntry> entries;

    public List<MenuEntry> getEntries() {
        if (entries == null) {
            List<MenuEntry> offered = offered(sources);
            entries = ordering.isResolvable() ? ordering.get().arrange(offered) : offered;
        }
        return entries;
    }

    /** Every source's entries in the features' own order (ties by key, so the menu never reshuffles). */
    public static List<MenuEntry> offered(Iterable<? extends MenuSource> sources) {
        List<MenuEntry> all = new ArrayList<>();
        sources.forEach(s -> all.addAll(s.entries()));
        all.sort(Comparator.comparingInt(MenuEntry::order).thenComparing(MenuEntry::key));
        return List.copyOf(all);
    }
}
