package id.portaldesa.site.menu;

import id.portaldesa.account.AuditTrail;
import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.shared.seams.MenuEntry;
import id.portaldesa.shared.seams.MenuSource;
import id.portaldesa.shared.seams.SiteMenu;
import id.portaldesa.shared.security.Permission;
import id.portaldesa.site.SiteAudit;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.VillageChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The village admin orders and hides the entries of the public menu (EDIT_SITE); kept per village. */
@ApplicationScoped
@Transactional
public class MenuService {

    /** One entry as the admin's form shows it: the offered entry and whether it is hidden. */
    public record Line(MenuEntry entry, boolean hidden) implements Serializable {}

    @Inject
    @Any
    Instance<MenuSource> sources;

    @Inject
    MenuPlacementRepository placements;

    @Inject
    MenuArrangements arrangements;

    @Inject
    VillageChanges changes;

    @Inject
    CurrentVillage village;

    @Inject
    CurrentUser user;

    @Inject
    AuditTrail audit;

    /** Every entry the features offer now, in the village's order, hidden ones included. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Line> lines() {
        user.require(Permission.EDIT_SITE);
        MenuArrangement arrangement = arrangements.of(village.id());
        return arrangement.ordered(SiteMenu.offered(sources)).stream()
                .map(e -> new Line(e, arrangement.isHidden(e.key())))
                .toList();
    }

    /**
     * Stores the order (entry keys, first first) and the hidden entries. Keys no feature offers are
     * ignored; offered entries missing from the order keep their place after the ordered ones.
     */
    public void arrange(@NotNull List<String> order, @NotNull Set<String> hidden) {
        user.require(Permission.EDIT_SITE);
        changes.record(village.id(), "site.menu");
        Set<String> offered =
                SiteMenu.offered(sources).stream().map(MenuEntry::key).collect(Collectors.toSet());
        Map<String, MenuPlacement> existing = new HashMap<>();
        placements.all().forEach(p -> existing.put(p.getEntryKey(), p));
        int position = 0;
        for (String key : order.stream().distinct().toList()) {
            if (!offered.contains(key) || key.length() > 80) {
                continue;
            }
            MenuPlacement placement = existing.get(key);
            if (placement == null) {
                placement = new MenuPlacement(village.id(), key);
                placements.add(placement);
            }
            placement.place(++position, hidden.contains(key));
        }
        audit.record(SiteAudit.MENU_CHANGED, village.require().name(), null);
    }
}
