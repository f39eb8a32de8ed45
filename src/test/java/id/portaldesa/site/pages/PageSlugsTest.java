package id.portaldesa.site.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PageSlugsTest {

    @Test
    void a_title_becomes_a_readable_address() {
        assertEquals("apbdes-tahun-2026", PageSlugs.of("APBDes Tahun 2026"));
        assertEquals("lembaga-adat-desa", PageSlugs.of("  Lembaga Adat — Desa!  "));
        assertEquals("peraturan-desa-no-3-2026", PageSlugs.of("Peraturan Desa No. 3/2026"));
        assertEquals("kegiatan-posyandu-cafe", PageSlugs.of("Kegiatan Posyandu & Café"), "accents are dropped");
        assertEquals("sekolah-negeri-pelita", PageSlugs.of("Sekolah Négeri Pélita"), "within a word too");
        assertEquals("halaman", PageSlugs.of("???"), "nothing readable: a fallback");
        assertEquals("halaman", PageSlugs.of(null));
        assertEquals("script-alert-1-script", PageSlugs.of("<script>alert(1)</script>"), "no markup survives");
    }

    @Test
    void a_long_title_is_cut_at_the_limit_without_a_trailing_hyphen() {
        String slug = PageSlugs.of("kata ".repeat(40));
        assertTrue(slug.length() <= PageSlugs.MAX_LENGTH, slug);
        assertFalse(slug.endsWith("-"), slug);
    }

    @Test
    void a_taken_slug_gets_the_next_free_number() {
        assertEquals("bpd", PageSlugs.unique("BPD", Set.of()::contains));
        assertEquals("bpd-2", PageSlugs.unique("BPD", Set.of("bpd")::contains));
        assertEquals("bpd-3", PageSlugs.unique("BPD", Set.of("bpd", "bpd-2")::contains));
        String longTitle = "a".repeat(PageSlugs.MAX_LENGTH);
        String numbered = PageSlugs.unique(longTitle, Set.of(longTitle)::contains);
        assertEquals(PageSlugs.MAX_LENGTH, numbered.length());
        assertTrue(numbered.endsWith("-2"), numbered);
    }

    @Test
    void only_well_formed_slugs_are_looked_up() {
        assertTrue(PageSlugs.isWellFormed("apbdes-2026"));
        assertFalse(PageSlugs.isWellFormed("APBDes"));
        assertFalse(PageSlugs.isWellFormed("../web-inf"));
        assertFalse(PageSlugs.isWellFormed(""));
        assertFalse(PageSlugs.isWellFormed("a".repeat(PageSlugs.MAX_LENGTH + 1)));
    }
}
