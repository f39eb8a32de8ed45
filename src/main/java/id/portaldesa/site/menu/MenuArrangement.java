package id.portaldesa.site.menu;

import id.portaldesa.shared.seams.MenuEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A village's order of its public menu: where the admin put each entry (by its stable key) and which
 * they hid. Entries the admin has not placed yet (a feature added since, a new page) keep their
 * features' order after the placed ones, so nothing new disappears; placements of entries that no
 * longer exist are ignored.
 */
public record MenuArrangement(Map<String, Placement> placements) {

    /** Where one entry goes and whether it is shown. */
    public record Placement(int position, boolean hidden) {}

    public static final MenuArrangement NONE = new MenuArrangement(Map.of());

    public MenuArrangement {
        placements = Map.copyOf(placements);
    }

    /** The entries to show, in the village's order. */
    public List<MenuEntry> arrange(List<MenuEntry> offered) {
        return ordered(offered).stream().filter(e -> !isHidden(e.key())).toList();
    }

    /** Every offered entry in the village's order, hidden ones included (for the admin's form). */
    public List<MenuEntry> ordered(List<MenuEntry> offered) {
        Map<String, Integer> offeredIndex = new HashMap<>();
        for (int i = 0; i < offered.size(); i++) {
            offeredIndex.putIfAbsent(offered.get(i).key(), i);
        }
        List<MenuEntry> sorted = new ArrayList<>(offered);
        sorted.sort(Comparator.comparing((MenuEntry e) -> !placements.containsKey(e.key()))
                .thenComparingInt(e -> placements.containsKey(e.key())
                        ? placements.get(e.key()).position()
                        : 0)
                .thenComparingInt(e -> offeredIndex.get(e.key())));
        return List.copyOf(sorted);
    }

    public boolean isHidden(String key) {
        Placement placement = placements.get(key);
        return placement != null && placement.hidden();
    }
}
