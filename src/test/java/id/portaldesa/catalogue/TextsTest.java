package id.portaldesa.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void blankLinesSeparateParagraphs() {
        assertEquals(
                List.of("Keripik pisang renyah.", "Isi 250 gram, tahan sebulan."),
                Texts.paragraphs("Keripik pisang\nrenyah.\n\n  \nIsi 250 gram,\ntahan sebulan.\n"));
        assertEquals(List.of(), Texts.paragraphs("  \n "));
        assertEquals(List.of("Parkir", "Musala"), Texts.lines("Parkir\n\n  Musala  \n"));
    }

    @Test
    void snippetsAreShortAndShowTheMatch() {
        String text = "Kata ".repeat(60) + "durian montong " + "lagi ".repeat(60);
        String snippet = Texts.snippet(text, "durian", 80);
        assertTrue(snippet.contains("durian"), snippet);
        assertTrue(snippet.length() <= 82, snippet);
    }

    @Test
    void aQueryMatchesWhenEveryWordOccursWhateverCaseAndAccents() {
        String text = Texts.searchable("Kopí  Robusta", "Lereng Masurai", null);
        assertTrue(Texts.matching("KOPI masurai").test(text));
        assertTrue(Texts.matching("  rob\tlereng ").test(text));
        assertFalse(Texts.matching("kopi arabika").test(text));
        assertTrue(Texts.matching("   ").test(text));
        assertTrue(Texts.matching(null).test(text));
    }
}
