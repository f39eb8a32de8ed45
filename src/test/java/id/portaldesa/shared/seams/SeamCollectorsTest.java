package id.portaldesa.shared.seams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The collectors that put the features' contributions together, with sections made up here. */
class SeamCollectorsTest {

    record Section(int order, String titleKey, String fragment, Optional<?> model) implements HomeSection {}

    static class NewsSection implements HomeSection {
        public int order() {
            return 200;
        }

        public String titleKey() {
            return "news.home.title";
        }

        public String fragment() {
            return "/WEB-INF/sections/news/latest.xhtml";
        }

        public Optional<?> model() {
            return Optional.of(List.of("Panen raya"));
        }
    }

    @Test
    void home_sections_come_in_their_order_and_empty_ones_are_left_out() {
        HomeSection contact =
                new Section(900, "site.home.contact", "/WEB-INF/sections/site/contact.xhtml", Optional.of("v"));
        HomeSection services =
                new Section(100, "site.home.services", "/WEB-INF/sections/site/services.xhtml", Optional.of("v"));
        HomeSection noProducts = new Section(
                300, "catalogue.home.title", "/WEB-INF/sections/catalogue/products.xhtml", Optional.empty());

        List<HomeSections.Shown> shown =
                HomeSections.arrange(List.of(contact, noProducts, new NewsSection(), services));

        assertEquals(
                List.of("section-site-services", "section-news-latest", "section-site-contact"),
                shown.stream().map(HomeSections.Shown::id).toList());
        assertEquals("news.home.title", shown.get(1).titleKey());
        assertEquals("/WEB-INF/sections/news/latest.xhtml", shown.get(1).fragment());
        assertEquals(List.of("Panen raya"), shown.get(1).model(), "the model is unwrapped for the fragment");
    }

    @Test
    void sections_of_equal_order_keep_one_order_whatever_cdi_hands_over() {
        HomeSection a = new Section(500, "a", "/WEB-INF/sections/a/x.xhtml", Optional.of(1));
        HomeSection b = new NewsSection() {
            @Override
            public int order() {
                return 500;
            }
        };
        assertEquals(
                HomeSections.arrange(List.of(a, b)).stream()
                        .map(HomeSections.Shown::id)
                        .toList(),
                HomeSections.arrange(List.of(b, a)).stream()
                        .map(HomeSections.Shown::id)
                        .toList());
    }

    @Test
    void search_asks_every_source_but_takes_a_few_hits_of_each() {
        SearchSource many = (text, limit) -> IntStream.range(0, 50)
                .mapToObj(i -> new SearchHit(
                        "news.search.kind", text + " " + i, "", "/public/news/article.xhtml", Map.of("judul", "a" + i)))
                .toList();
        List<String> asked = new ArrayList<>();
        SearchSource profile = (text, limit) -> {
            asked.add(text);
            return List.of(
                    new SearchHit("site.search.kind.profile", "Kungkai", "Bangko", "/public/site/home.xhtml", null));
        };

        List<SearchHit> hits = Search.collect(List.of(many, profile), "  panen \t raya ", 3);

        assertEquals(4, hits.size(), "3 of the busy source, 1 of the other");
        assertEquals(List.of("panen raya"), asked, "the text is trimmed and its spaces folded");
        assertEquals(
                Map.of(),
                hits.stream()
                        .filter(h -> h.title().equals("Kungkai"))
                        .findFirst()
                        .orElseThrow()
                        .parameters());
        assertEquals(List.of(), Search.collect(List.of(profile), " a ", 3), "one letter finds nothing");
        assertEquals(List.of(), Search.collect(List.of(profile), null, 3));
        Search.collect(List.of(profile), "x".repeat(500), 3);
        assertEquals(Search.MAX_LENGTH, asked.get(asked.size() - 1).length(), "a long text is cut");
    }

    @Test
    void the_sitemap_lists_each_page_once() {
        Instant changed = Instant.parse("2026-11-30T02:00:00Z");
        SitemapSource site = () -> List.of(SitemapEntry.of("/public/site/home.xhtml", null));
        SitemapSource news = () -> List.of(
                new SitemapEntry("/public/news/article.xhtml", Map.of("judul", "panen"), changed),
                new SitemapEntry("/public/news/article.xhtml", Map.of("judul", "panen"), changed),
                new SitemapEntry("/public/news/article.xhtml", Map.of("judul", "banjir"), null));

        List<SitemapEntry> entries = Sitemap.collect(List.of(news, site));

        assertEquals(3, entries.size());
        assertEquals(
                changed,
                entries.stream()
                        .filter(e -> e.parameters().containsValue("panen"))
                        .findFirst()
                        .orElseThrow()
                        .lastModified());
    }

    @Test
    void seams_lead_only_to_public_pages() {
        assertThrows(IllegalArgumentException.class, () -> SitemapEntry.of("/office/site/profile.xhtml", null));
        assertThrows(
                IllegalArgumentException.class,
                () -> new SearchHit("k", "t", "", "/resident/account/home.xhtml", Map.of()));
    }
}
