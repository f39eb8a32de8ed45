package id.portaldesa.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArticleSlugTest {

    @Test
    void indonesianTitlesReadWell() {
        assertEquals(
                "musyawarah-desa-dan-penetapan-apbdes-2026", ArticleSlug.of("Musyawarah Desa & Penetapan APBDes 2026"));
        assertEquals("jumat-bersih-di-dusun-ii", ArticleSlug.of("Jum'at Bersih di Dusun II"));
        assertEquals("diskon-50-persen-pupuk-bersubsidi", ArticleSlug.of("Diskon 50% Pupuk Bersubsidi!"));
        assertEquals("kafe-desa-buka-kembali", ArticleSlug.of("Kafé Desa Buka Kembali"));
        assertEquals("hut-ri-ke-81-lomba-panjat-pinang", ArticleSlug.of("  HUT RI ke-81: Lomba Panjat Pinang…  "));
        assertEquals("rt-01-rw-02-kerja-bakti", ArticleSlug.of("RT 01 / RW 02 — Kerja Bakti"));
    }

    @Test
    void aTitleWithNothingReadableBecomesArtikel() {
        assertEquals("artikel", ArticleSlug.of("🎉🎉"));
        assertEquals("artikel", ArticleSlug.of("<>\"'"));
        assertEquals("artikel", ArticleSlug.of(null));
    }

    @Test
    void longTitlesAreCutAtAWord() {
        String slug = ArticleSlug.of("Pembangunan Jalan Usaha Tani Sepanjang Satu Koma Dua Kilometer di Dusun Sungai"
                + " Kapas Selesai Lebih Cepat dari Jadwal");
        assertTrue(slug.length() <= ArticleSlug.MAX_LENGTH, slug);
        assertTrue(ArticleSlug.isValid(slug), slug);
        assertFalse(slug.endsWith("-"), slug);
        assertTrue(
                "pembangunan-jalan-usaha-tani-sepanjang-satu-koma-dua-kilometer-di-dusun-sungai".startsWith(slug)
                        || slug.startsWith("pembangunan-jalan-usaha-tani"),
                slug);
    }

    @Test
    void collisionsGetANumber() {
        Set<String> taken = new HashSet<>(Set.of("panen-raya", "panen-raya-2"));
        assertEquals("panen-raya-3", ArticleSlug.unique("panen-raya", taken::contains));
        assertEquals("panen", ArticleSlug.unique("panen", taken::contains));
        String longOne = "a".repeat(ArticleSlug.MAX_LENGTH);
        String numbered = ArticleSlug.unique(longOne, s -> s.equals(longOne));
        assertEquals(ArticleSlug.MAX_LENGTH, numbered.length(), numbered);
        assertTrue(numbered.endsWith("-2") && ArticleSlug.isValid(numbered), numbered);
    }

    @Test
    void aSlugTypedByStaffIsMadeValidToo() {
        assertEquals("judul-baru", ArticleSlug.unique("Judul Baru!", s -> false));
        assertFalse(ArticleSlug.isValid("<script>"));
        assertFalse(ArticleSlug.isValid("feed.xml"));
        assertFalse(ArticleSlug.isValid("a--b"));
        assertTrue(ArticleSlug.isValid("panen-raya-2026"));
    }
}
