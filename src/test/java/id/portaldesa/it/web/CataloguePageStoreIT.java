package id.portaldesa.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.it.web.CatalogueCrossVillageIT.Way;
import java.util.List;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The product and destination lists' later pages and categories, reached through the links the
 * lists write, are kept rendered for anonymous visitors like their first pages, each village's at
 * its own address (by slug path and by its own domain); a search, a page past the end, an unknown
 * category or any other query string is rendered for every visitor and never kept; a change of the
 * village replaces what was kept.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class CataloguePageStoreIT {

    static final String CACHE = AnonymousPageCacheIT.CACHE;

    /** 30 products, categories and destinations: three pages of each list (12 a page). */
    static final List<String> NAMES = IntStream.rangeClosed(1, 30)
            .mapToObj(i -> "Keripik Singkong Balado " + i)
            .toList();

    @Test
    void laterPagesAndCategoriesAreKeptAtTheirOwnAddressesSearchesNever() throws Exception {
        TestVillages.Village a = TestVillages.createWithDomain();
        CatalogueXssIT.fixture(a, NAMES);
        CatalogueVillages.Catalogue b = CatalogueVillages.create(true);
        for (Way way : Way.values()) {
            Http visitor = CatalogueCrossVillageIT.visitor(a, way);
            String list = CatalogueCrossVillageIT.in(a, way, "/produk");

            String second = link(visitor.get(list), "nav.pager a[rel=next]");
            assertEquals(list + "?hal=2", second, way + ": the pager's link");
            Http.Page rendered = visitor.get(second);
            assertEquals(200, rendered.status());
            assertEquals("miss", rendered.header(CACHE), way + ": rendered once");
            Http.Page kept = visitor.get(second);
            assertEquals("hit", kept.header(CACHE), way + ": then kept");
            assertEquals(rendered.body(), kept.body());
            assertEquals(12, kept.html().select("#products li").size(), kept.text());
            assertEquals(1, kept.html().select("nav.pager a[rel=prev]").size(), "it is the second page");

            String destinations = CatalogueCrossVillageIT.in(a, way, "/wisata");
            String secondDestinations = link(visitor.get(destinations), "nav.pager a[rel=next]");
            assertEquals(destinations + "?hal=2", secondDestinations, way.name());
            assertEquals("miss", visitor.get(secondDestinations).header(CACHE), way.name());
            assertEquals("hit", visitor.get(secondDestinations).header(CACHE), way.name());

            for (String never : List.of(
                    "?q=balado",
                    "?q=",
                    "?hal=99",
                    "?hal=1",
                    "?hal=02",
                    "?hal=2&utm_source=wa",
                    "?kategori=tidak-ada",
                    "?hal=2&q=balado")) {
                Http.Page first = visitor.get(list + never);
                assertEquals(200, first.status(), way + " " + never);
                assertEquals("", first.header(CACHE), way + ": " + never + " is not kept");
                assertEquals(
                        "", visitor.get(list + never).header(CACHE), way + ": " + never + " not even the second time");
                assertTrue(first.header("ETag").isEmpty(), way + " " + never);
            }
            assertEquals("", visitor.get(destinations + "?hal=99").header(CACHE), way.name());

            // B's second page is its own (B has one product: past the end, rendered and never kept).
            Http visitB = CatalogueCrossVillageIT.visitor(b.village(), way);
            Http.Page otherVillage = visitB.get(CatalogueCrossVillageIT.in(b.village(), way, "/produk?hal=2"));
            assertEquals(200, otherVillage.status());
            assertEquals("", otherVillage.header(CACHE), way.name());
            assertFalse(otherVillage.body().contains("Keripik Singkong Balado"), way + ": not A's page");
            assertTrue(otherVillage.body().contains(b.productSlug()), way + ": " + otherVillage.text());

            // A category's list is a page of its own, reached through the list's category links.
            String listB = CatalogueCrossVillageIT.in(b.village(), way, "/produk");
            String category = visitB.get(listB).html().select("nav.subnav a").stream()
                    .map(e -> e.attr("href"))
                    .filter(href -> href.contains("kategori="))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no category link in " + listB));
            assertEquals(listB + "?kategori=" + b.categorySlug(), category, way.name());
            assertEquals("miss", visitB.get(category).header(CACHE), way + ": a category is a page");
            Http.Page keptCategory = visitB.get(category);
            assertEquals("hit", keptCategory.header(CACHE), way.name());
            assertTrue(keptCategory.body().contains(b.productSlug()), keptCategory.text());
            assertEquals("", visitB.get(category + "&q=balado").header(CACHE), way + ": a search in it is not");
        }

        // A change of the village: the kept pages no longer answer, the new ones are kept in turn.
        AnonymousPageCacheIT.newTagline(a);
        Http visitor = new Http();
        assertEquals("miss", visitor.get(a.prefix() + "/produk?hal=2").header(CACHE));
        assertEquals("hit", visitor.get(a.prefix() + "/produk?hal=2").header(CACHE));
    }

    /** The address of the first link the selector finds, as the page wrote it. */
    static String link(Http.Page page, String selector) {
        Element a = page.html().selectFirst(selector);
        assertTrue(a != null, selector + " in " + page.text());
        return a.attr("href");
    }
}
