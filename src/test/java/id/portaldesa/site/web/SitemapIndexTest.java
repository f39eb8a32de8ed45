package id.portaldesa.site.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SitemapIndexTest {

    @Test
    void all_villages_of_the_country_need_two_index_pages_of_at_most_50000() {
        assertEquals(2, SitemapIndex.pages(83_762, SitemapIndex.PAGE_SIZE));
        assertEquals(1, SitemapIndex.pages(50_000, SitemapIndex.PAGE_SIZE));
        assertEquals(1, SitemapIndex.pages(0, SitemapIndex.PAGE_SIZE), "the first page always exists");
        List<Integer> villages = IntStream.range(0, 83_762).boxed().toList();
        assertEquals(
                50_000, SitemapIndex.page(villages, 1, SitemapIndex.PAGE_SIZE).size());
        List<Integer> second = SitemapIndex.page(villages, 2, SitemapIndex.PAGE_SIZE);
        assertEquals(33_762, second.size());
        assertEquals(50_000, second.get(0), "the second page goes on where the first stopped");
        assertEquals(List.of(), SitemapIndex.page(villages, 3, SitemapIndex.PAGE_SIZE));
        assertEquals(List.of(), SitemapIndex.page(villages, 0, SitemapIndex.PAGE_SIZE));
    }

    @Test
    void the_index_is_xml_with_escaped_addresses() {
        String xml = SitemapIndex.xml(List.of("https://kungkai.desa.id/sitemap.xml", "https://x.test/a?b=1&c=<2>"));
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex"), xml);
        assertTrue(xml.contains("<sitemap><loc>https://kungkai.desa.id/sitemap.xml</loc></sitemap>"), xml);
        assertTrue(xml.contains("https://x.test/a?b=1&amp;c=&lt;2&gt;"), xml);
    }
}
