package id.portaldesa.shared.web;

import static org.junit.jupiter.api.Assertions.*;

import id.portaldesa.shared.security.Permission;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteTableTest {

    private final Route login = Route.of("/masuk", "/public/account/login.xhtml", Access.ANYONE);
    private final Route home =
            Route.of("/", "/public/site/home.xhtml", Access.ANYONE).onlyOn(Route.Site.VILLAGE);
    private final Route directory =
            Route.of("/", "/public/village/directory.xhtml", Access.ANYONE).onlyOn(Route.Site.PLATFORM);
    private final Route staff =
            Route.of("/kantor/staf", "/office/account/staff.xhtml", Access.needs(Permission.MANAGE_STAFF));
    private final Route article = Route.of("/berita/{judul}", "/public/news/article.xhtml", Access.ANYONE);
    private final Routes.RouteTable table = new Routes.RouteTable(List.of(login, home, directory, staff, article));

    @Test
    void an_address_opens_its_page_in_the_right_place() {
        assertEquals(login, table.resolve("/masuk", true).orElseThrow().route());
        assertEquals(login, table.resolve("/masuk", false).orElseThrow().route());
        assertEquals(home, table.resolve("/", true).orElseThrow().route());
        assertEquals(directory, table.resolve("/", false).orElseThrow().route());
        assertEquals(staff, table.resolve("/kantor/staf/", true).orElseThrow().route());
        assertTrue(table.resolve("/kantor/staf", false).isEmpty(), "back office is never on the platform");
        assertTrue(table.resolve("/kantor/rahasia", true).isEmpty());
        assertTrue(table.resolve("/masukk", true).isEmpty());
    }

    @Test
    void a_path_parameter_is_decoded_and_handed_to_the_page() {
        Routes.Match match = table.resolve("/berita/panen%20raya", true).orElseThrow();
        assertEquals(article, match.route());
        assertEquals(Map.of("judul", "panen raya"), match.parameters());
        assertTrue(table.resolve("/berita/", true).isEmpty(), "no article without its name");
        assertTrue(table.resolve("/berita/a/b", true).isEmpty());
    }

    @Test
    void two_features_cannot_claim_one_address_or_one_page() {
        Route other = Route.of("/masuk", "/public/other/login.xhtml", Access.ANYONE);
        assertThrows(IllegalStateException.class, () -> new Routes.RouteTable(List.of(login, other)));
        Route again = Route.of("/login", "/public/account/login.xhtml", Access.ANYONE);
        assertThrows(IllegalStateException.class, () -> new Routes.RouteTable(List.of(login, again)));
    }

    @Test
    void pages_must_live_in_an_audience_folder_that_is_served_where_they_are() {
        assertThrows(IllegalArgumentException.class, () -> Route.of("/x", "/WEB-INF/x.xhtml", Access.ANYONE));
        assertThrows(IllegalArgumentException.class, () -> Route.of("x", "/public/x.xhtml", Access.ANYONE));
        assertThrows(
                IllegalArgumentException.class,
                () -> Route.of("/x", "/office/x.xhtml", Access.LOGGED_IN).onlyOn(Route.Site.PLATFORM));
        assertEquals(Route.Site.VILLAGE, staff.site());
        assertEquals(Route.Site.BOTH, login.site());
    }

    @Test
    void links_to_a_page_with_a_path_parameter_carry_its_value_in_the_path() {
        Routes routes = new Routes() {
            @Override
            public java.util.Optional<Route> ofView(String viewId) {
                return table.ofView(viewId);
            }
        };
        Map<String, List<String>> parameters =
                new HashMap<>(Map.of("judul", List.of("panen raya"), "hal", List.of("2")));
        assertEquals(
                "/berita/panen%20raya",
                routes.addressOf("/public/news/article.xhtml", parameters).orElseThrow());
        assertEquals(Map.of("hal", List.of("2")), parameters, "the rest stays for the query");
        assertEquals(
                "/masuk",
                routes.addressOf("/public/account/login.xhtml", new HashMap<>()).orElseThrow());
    }
}
