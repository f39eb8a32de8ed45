package id.portaldesa.village;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SlugTest {

    @Test
    void suggestsReadableSlugs() {
        assertEquals("sungai-kapas", Slug.suggest("Sungai Kapas", "Bangko", s -> false));
        assertEquals("lubuk-pakam-i-ii", Slug.suggest("Lubuk Pakam I,II", "X", s -> false));
    }

    @Test
    void disambiguatesWithTheDistrictThenANumber() {
        assertEquals("pasar-baru-bangko", Slug.suggest("Pasar Baru", "Bangko", Set.of("pasar-baru")::contains));
        assertEquals(
                "pasar-baru-bangko-2",
                Slug.suggest("Pasar Baru", "Bangko", Set.of("pasar-baru", "pasar-baru-bangko")::contains));
    }

    @Test
    void rejectsReservedAndMalformedSlugs() {
        assertTrue(Slug.isValid("kungkai"));
        assertFalse(Slug.isValid("public"));
        assertFalse(Slug.isValid("platform"));
        assertFalse(Slug.isValid("Kungkai"));
        assertFalse(Slug.isValid("ab"));
        assertFalse(Slug.isValid("kung--kai"));
        assertFalse(Slug.isValid("-kungkai"));
    }

    @Test
    void aNumberedSlugStaysWithinSixtyCharacters() {
        String name = "Desa Dengan Nama Yang Sangat Panjang Sekali";
        String district = "Kecamatan Yang Juga Panjang";
        String plain = Slug.suggest(name, district, s -> false);
        String withDistrict = Slug.suggest(name, district, Set.of(plain)::contains);
        String numbered = Slug.suggest(name, district, Set.of(plain, withDistrict)::contains);
        assertTrue(Slug.isValid(numbered), numbered);
        assertTrue(numbered.endsWith("-2"), numbered);
    }
}
