package id.portaldesa.site.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.shared.seams.SearchHit;
import id.portaldesa.site.pages.PublishedPage;
import id.portaldesa.site.pages.PublishedPages;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.VillageRefs;
import id.portaldesa.village.VillageStatus;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PageSearchTest {

    /** As {@link PublishedPages} makes it: the text is the body without markup, white space flattened. */
    private static PublishedPage page(long id, String slug, String title, String text) {
        return new PublishedPage(id, slug, title, "<p>" + text + "</p>", text, null, List.of());
    }

    private static final List<PublishedPage> PAGES = List.of(
            page(1, "badan-permusyawaratan-desa", "Badan Permusyawaratan Desa", "BPD menampung aspirasi warga."),
            page(2, "lembaga-adat", "Lembaga Adat", "Pemangku adat menjaga musyawarah dan kebun Kafé Désa."),
            page(3, "posyandu", "Posyandu Mawar", "Jadwal timbang balita setiap bulan."),
            page(4, "perdes-kafe", "Perdes Kafé Desa", "Pungutan untuk warung di tepi sungai."));

    private static List<String> slugs(List<SearchHit> hits) {
        return hits.stream()
                .map(h -> h.parameters().get(SiteRoutes.PAGE_PARAMETER))
                .toList();
    }

    private static String snippetOf(List<PublishedPage> pages, String text) {
        List<SearchHit> hits = PageSearch.find(pages, text, 10);
        assertEquals(1, hits.size(), hits.toString());
        return hits.get(0).snippet();
    }

    @Test
    void pages_whose_title_matches_come_before_those_whose_text_does_whatever_the_case_and_accents() {
        assertEquals(
                List.of("badan-permusyawaratan-desa", "perdes-kafe", "lembaga-adat"),
                slugs(PageSearch.find(PAGES, "DÉSA", 10)),
                "titles first (in the pages' order), then texts");
        assertEquals(List.of("perdes-kafe", "lembaga-adat"), slugs(PageSearch.find(PAGES, "kafe", 10)));
        assertEquals(List.of("perdes-kafe", "lembaga-adat"), slugs(PageSearch.find(PAGES, "  Kafé ", 10)));
        assertEquals(
                List.of("badan-permusyawaratan-desa", "lembaga-adat", "posyandu", "perdes-kafe"),
                slugs(PageSearch.find(PAGES, "a", 10)));
        assertEquals(
                List.of("lembaga-adat"),
                slugs(PageSearch.find(PAGES, "adat", 10)),
                "a page is found once, by its title, even when its text matches too");
        assertEquals(List.of("badan-permusyawaratan-desa"), slugs(PageSearch.find(PAGES, "desa", 1)), "the limit");
        assertEquals(
                List.of("badan-permusyawaratan-desa", "perdes-kafe"),
                slugs(PageSearch.find(PAGES, "desa", 2)),
                "the limit counts the titles first");
        assertTrue(PageSearch.find(PAGES, "jakarta", 10).isEmpty());
        assertTrue(PageSearch.find(PAGES, "kafe desa warung", 10).isEmpty(), "the words asked, together");
        assertTrue(PageSearch.find(PAGES, " ", 10).isEmpty(), "nothing asked, nothing found");
        assertTrue(PageSearch.find(List.of(), "desa", 10).isEmpty());
    }

    @Test
    void a_hit_leads_to_the_page_with_its_title_and_the_text_around_the_match() {
        List<SearchHit> hits = PageSearch.find(PAGES, "balita", 10);
        assertEquals(1, hits.size());
        SearchHit hit = hits.get(0);
        assertEquals("site.search.kind.page", hit.kindKey());
        assertEquals("Posyandu Mawar", hit.title());
        assertEquals("Jadwal timbang balita setiap bulan.", hit.snippet(), "a short text whole");
        assertEquals(SiteRoutes.PAGE_VIEW, hit.viewId());
        assertEquals(Map.of(SiteRoutes.PAGE_PARAMETER, "posyandu"), hit.parameters());

        String words = ("kata ".repeat(60) + "sungai " + "lain ".repeat(60)).strip();
        List<PublishedPage> far = List.of(page(9, "panjang", "Panjang", words));
        assertEquals(
                "…" + "kata ".repeat(10) + "sungai " + "lain ".repeat(19) + "lain…",
                snippetOf(far, "SUNGAI"),
                "whole words around the match, a third of the snippet before it, with ellipses");
        assertEquals(
                "kata ".repeat(31) + "kata…",
                snippetOf(far, "panjang"),
                "found by its title: the beginning of the text");
        assertEquals(
                "…" + "kata ".repeat(10) + "sungai",
                snippetOf(List.of(page(12, "ujung", "Ujung", ("kata ".repeat(60) + "sungai"))), "sungai"),
                "up to the end of the text: no ellipsis after it");

        String accented = ("kata ".repeat(60) + "Kafé Désa " + "lain ".repeat(60)).strip();
        assertEquals(
                "…" + "kata ".repeat(9) + "Kafé Désa " + "lain ".repeat(20) + "lain…",
                snippetOf(List.of(page(10, "kafe", "Kafe", accented)), "desa"),
                "the match found without accents, the snippet shown with them");
    }

    @Test
    void the_snippet_is_the_text_as_written_for_the_page_to_escape() {
        String hostile = "Tulisan <script>alert('x')</script> & \"kutipan\" <b>desa</b>";
        assertEquals(hostile, snippetOf(List.of(page(11, "jahil", "Jahil", hostile)), "kutipan"));
        assertEquals(
                "Jahil",
                PageSearch.find(List.of(page(11, "jahil", "Jahil", hostile)), "<script>", 10)
                        .get(0)
                        .title());
    }

    @Test
    void the_search_reads_only_the_current_villages_pages() {
        var a = VillageRefs.village(1, "kungkai", null, VillageStatus.ACTIVE);
        var b = VillageRefs.village(2, "pulau-rayo", "pulaurayo.desa.id", VillageStatus.ACTIVE);
        Map<Long, PublishedPages.OfVillage> byVillage = Map.of(
                1L, ofVillage(PAGES),
                2L, ofVillage(List.of(page(21, "perdes-khusus", "Perdes Khusus Pulau Rayo", "Desa di pulau."))));
        var search = new PageSearch();
        search.pages = new PublishedPages() {
            @Override
            public OfVillage of(long villageId) {
                return byVillage.get(villageId);
            }
        };
        search.village = new CurrentVillage();

        search.village.actFor(a);
        assertEquals(List.of("perdes-kafe", "lembaga-adat"), slugs(search.search("kafe", 10)));
        assertTrue(search.search("khusus", 10).isEmpty(), "another village's page is not found");
        search.village.actFor(b);
        assertEquals(List.of("perdes-khusus"), slugs(search.search("khusus", 10)));
        assertEquals(List.of("perdes-khusus"), slugs(search.search("desa", 10)));
        assertTrue(search.search("kafe", 10).isEmpty());
    }

    private static PublishedPages.OfVillage ofVillage(List<PublishedPage> pages) {
        return new PublishedPages.OfVillage(
                pages.stream()
                        .collect(Collectors.toMap(
                                PublishedPage::slug, p -> p, (x, y) -> x, java.util.LinkedHashMap::new)),
                Map.of());
    }
}
