package id.portaldesa.news.web;

import id.portaldesa.shared.seams.MenuEntry;
import id.portaldesa.shared.seams.MenuSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** "Berita" in the village's public menu. */
@ApplicationScoped
public class NewsMenu implements MenuSource {

    @Override
    public List<MenuEntry> entries() {
        return List.of(MenuEntry.of("news", "news.menu", NewsRoutes.LIST_VIEW, 200));
    }
}
