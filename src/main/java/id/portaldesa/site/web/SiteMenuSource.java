package id.portaldesa.site.web;

import id.portaldesa.shared.seams.MenuEntry;
import id.portaldesa.shared.seams.MenuSource;
import id.portaldesa.site.pages.PublishedPage;
import id.portaldesa.site.pages.PublishedPages;
import id.portaldesa.village.CurrentVillage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The site's entries of the public menu: the profile first, the village's published pages last. From memory. */
@ApplicationScoped
public class SiteMenuSource implements MenuSource {

    public static final String PROFILE_KEY = "profile";
    static final String PAGE_KEY_PREFIX = "page:";

    @Inject
    CurrentVillage village;

    @Inject
    PublishedPages pages;

    @Override
    public List<MenuEntry> entries() {
        if (!village.isPresent()) {
            return List.of();
        }
        List<MenuEntry> entries = new ArrayList<>();
        entries.add(MenuEntry.of(PROFILE_KEY, "site.menu.profile", SiteRoutes.PROFILE_VIEW, 10));
        int order = 800;
        for (PublishedPage page : pages.of(village.id()).all()) {
            entries.add(new MenuEntry(
                    PAGE_KEY_PREFIX + page.id(),
                    null,
                    page.title(),
                    SiteRoutes.PAGE_VIEW,
                    Map.of(SiteRoutes.PAGE_PARAMETER, page.slug()),
                    order++));
        }
        return entries;
    }
}
