package id.portaldesa.site.menu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.portaldesa.shared.seams.MenuEntry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MenuArrangementTest {

    private static final List<MenuEntry> OFFERED = List.of(
            MenuEntry.of("profile", "site.menu.profile", "/public/site/profile.xhtml", 10),
            MenuEntry.of("news", "news.menu", "/public/news/list.xhtml", 200),
            MenuEntry.of("products", "catalogue.menu.products", "/public/catalogue/products.xhtml", 300),
            MenuEntry.of("tourism", "catalogue.menu.tourism", "/public/catalogue/destinations.xhtml", 400));

    private static List<String> keys(List<MenuEntry> entries) {
        return entries.stream().map(MenuEntry::key).toList();
    }

    @Test
    void without_an_order_the_features_order_stays() {
        assertEquals(List.of("profile", "news", "products", "tourism"), keys(MenuArrangement.NONE.arrange(OFFERED)));
    }

    @Test
    void the_admins_order_comes_first_and_hidden_entries_are_left_out() {
        MenuArrangement arrangement = new MenuArrangement(Map.of(
                "tourism", new MenuArrangement.Placement(1, false),
                "profile", new MenuArrangement.Placement(2, false),
                "news", new MenuArrangement.Placement(3, true)));
        assertEquals(
                List.of("tourism", "profile", "products"),
                keys(arrangement.arrange(OFFERED)),
                "products was never placed: it follows the placed ones");
        assertEquals(
                List.of("tourism", "profile", "news", "products"),
                keys(arrangement.ordered(OFFERED)),
                "the admin's form lists the hidden entry too");
    }

    @Test
    void placements_of_entries_no_feature_offers_any_more_are_ignored() {
        MenuArrangement arrangement = new MenuArrangement(Map.of(
                "page:9", new MenuArrangement.Placement(1, false),
                "news", new MenuArrangement.Placement(2, false)));
        assertEquals(List.of("news", "profile", "products", "tourism"), keys(arrangement.arrange(OFFERED)));
    }
}
