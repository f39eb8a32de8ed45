package id.portaldesa.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void namesBecomeReadableAddresses() {
        assertEquals("kopi-robusta-lereng-masurai", Slugs.of("Kopi Robusta Lereng Masurai", "produk"));
        assertEquals("keripik-pisang-cokelat-250-g", Slugs.of("  Keripik Pisang Cokelat (250 g)!! ", "produk"));
        assertEquals("kue-lapis-legit-dan-bolu", Slugs.of("Kue Lapis Legit & Bolu", "produk"));
        assertEquals("kopi-kerinci-special", Slugs.of("Kopí Kerinci Spéciál", "produk"));
        assertEquals("produk", Slugs.of("☕☕", "produk"));
        assertEquals("produk", Slugs.of(null, "produk"));
        assertEquals("script-alert-1-script", Slugs.of("<script>alert(1)</script>", "produk"));
    }

    @Test
    void longNamesAreCutAtAWordAndStayWellFormed() {
        String slug = Slugs.of("Anyaman ".repeat(20), "produk");
        assertTrue(slug.length() <= Slugs.MAX_LENGTH, slug);
        assertTrue(Slugs.isWellFormed(slug), slug);
        assertFalse(slug.endsWith("-"));
    }

    @Test
    void aTakenNameGetsANumber() {
        Set<String> taken = Set.of("madu-hutan", "madu-hutan-2");
        assertEquals("madu-hutan-3", Slugs.unique("Madu Hutan", "produk", taken::contains));
        assertEquals("gula-aren", Slugs.unique("Gula Aren", "produk", taken::contains));
        String longName = "x".repeat(Slugs.MAX_LENGTH);
        String numbered = Slugs.unique(longName, "produk", s -> s.equals(longName));
        assertEquals(Slugs.MAX_LENGTH, numbered.length());
        assertTrue(numbered.endsWith("-2") && Slugs.isWellFormed(numbered), numbered);
    }

    @Test
    void onlyWellFormedSlugsCanBeOurs() {
        assertTrue(Slugs.isWellFormed("kopi-robusta"));
        assertFalse(Slugs.isWellFormed("Kopi"));
        assertFalse(Slugs.isWellFormed("kopi--robusta"));
        assertFalse(Slugs.isWellFormed("../etc"));
        assertFalse(Slugs.isWellFormed(null));
    }
}
