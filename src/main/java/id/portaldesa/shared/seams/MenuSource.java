package id.portaldesa.shared.seams;

import java.util.List;

/**
 * What a feature adds to the current village's public menu (news, products, tourism, the village's
 * own pages). Found through CDI by {@link SiteMenu}; implement as an {@code @ApplicationScoped} bean
 * whose entries come from memory or a cache: every public page renders the menu.
 */
public interface MenuSource {

    List<MenuEntry> entries();
}
