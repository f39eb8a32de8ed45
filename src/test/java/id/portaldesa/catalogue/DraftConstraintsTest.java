package id.portaldesa.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.shared.validation.Validators;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a seller and the admin may write, checked by the same constraints the services use. */
class DraftConstraintsTest {

    static DestinationDraft destination(String phone, Double latitude) {
        return new DestinationDraft("Air Terjun", "Indah.", null, null, 0L, null, null, latitude, 102.0, phone, false);
    }

    @Test
    void aDestinationTakesIndonesianPhoneNumbersAndRealCoordinates() {
        assertEquals(Set.of(), Validators.problems(destination("0812-3456-7890", -2.08)));
        assertEquals(Set.of(), Validators.problems(destination("(0746) 21234", null)));
        assertEquals(Set.of(), Validators.problems(destination(null, null)));
        assertEquals(Set.of("{validation.phone}"), Validators.problems(destination("12", -2.08)));
        assertEquals(Set.of(), Validators.problems(destination("0112345678", null)), "written like a number");
        assertTrue(!Validators.problems(destination(null, -91.0)).isEmpty());
    }

    @Test
    void aProductNeedsANameADescriptionAndASensiblePrice() {
        assertEquals(
                Set.of(),
                Validators.problems(new ProductDraft("Keripik", "Renyah.", 15_000, ProductUnit.PACK, null, null)));
        assertEquals(
                3,
                Validators.problems(new ProductDraft(" ", "", -1, null, null, null))
                                .size()
                        + 1
                        - 1);
        assertTrue(!Validators.problems(new ProductDraft("K", "R", 1, ProductUnit.PACK, -1, null))
                .isEmpty());
        assertTrue(!Validators.problems(new ProductDraft("K".repeat(121), "R", 1, ProductUnit.PACK, 1, null))
                .isEmpty());
        assertTrue(!Validators.problems(new ProductDraft("K", "R", Rupiah.MAX + 1, ProductUnit.PACK, 1, null))
                .isEmpty());
    }
}
