package id.portaldesa.catalogue.web;

import id.portaldesa.shared.seams.MenuEntry;
import id.portaldesa.shared.seams.MenuSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * "Produk" and "Wisata" in the village's public menu. Always offered (the lists say when they are
 * empty); the village admin may hide them in the menu's order.
 */
@ApplicationScoped
public class CatalogueMenu implements MenuSource {

    @Override
    public List<MenuEntry> entries() {
        return List.of(
                MenuEntry.of("products", "catalogue.menu.products", CatalogueRoutes.PRODUCTS, 300),
                MenuEntry.of("destinations", "catalogue.menu.destinations", CatalogueRoutes.DESTINATIONS, 400));
    }
}
