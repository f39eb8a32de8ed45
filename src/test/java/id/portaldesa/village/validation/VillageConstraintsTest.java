package id.portaldesa.village.validation;

import static id.portaldesa.shared.validation.Validators.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VillageConstraintsTest {

    record Codes(
            @RegionCode String any,
            @RegionCode(depth = 4) String village,
            @Slug String slug) {}

    @ParameterizedTest
    @ValueSource(strings = {"15", "15.02", "15.02.02", "15.02.02.2004"})
    void regionCodesOfEveryDepth(String code) {
        assertEquals(Set.of(), problems(Codes.class, "any", code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1502", "15.2", "15.02.02.204", "15.02.02.2004.1", "15-02-02-2004", " 15.02"})
    void notRegionCodes(String code) {
        assertEquals(Set.of("{village.code.format}"), problems(Codes.class, "any", code));
    }

    @Test
    void aVillageCodeHasFourParts() {
        assertEquals(Set.of(), problems(Codes.class, "village", "15.02.02.2004"));
        assertEquals(Set.of("{village.code.format}"), problems(Codes.class, "village", "15.02.02"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kungkai", "sungai-kapas", "desa-2"})
    void slugs(String slug) {
        assertEquals(Set.of(), problems(Codes.class, "slug", slug));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kungkai", "ab", "sungai--kapas", "-kungkai", "office", "api", "desa kita"})
    void notSlugs(String slug) {
        assertEquals(Set.of("{village.slug.format}"), problems(Codes.class, "slug", slug));
    }

    @Test
    void nullMeansNotGiven() {
        assertEquals(Set.of(), problems(new Codes(null, null, null)));
    }
}
