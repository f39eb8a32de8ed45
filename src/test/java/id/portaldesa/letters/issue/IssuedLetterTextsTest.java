package id.portaldesa.letters.issue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The small texts of an issued letter: the masked name, the number in the body, the date, the file name. */
class IssuedLetterTextsTest {

    @Test
    void theVerificationShowsTheNameMaskedWordByWord() {
        assertEquals("Bu** S**", NameMask.of("Budi Santoso"));
        assertEquals("N** L** A** P**", NameMask.of(" Ni Luh  Ayu Pradnyā "));
        assertEquals("Él** O**", NameMask.of("Élodie O’Neil"));
        assertEquals("***", NameMask.of("  "));
        String many = NameMask.of("Satu Dua Tiga Empat Lima Enam Tujuh Delapan");
        assertEquals(6, many.split(" ").length, many);
        assertFalse(NameMask.of("Budi Santoso").contains("udi"));
    }

    @Test
    void theNumberIsWrittenWhereTheTemplateAsksForItAndNothingElseChanges() {
        String body = "<p>Nomor <span class=\"letter-number\">…</span> untuk &lt;Budi&gt;</p>";
        String filled = LetterLayout.withNumber(body, "400/001/KGK/XII/2026");
        assertTrue(filled.contains(">400/001/KGK/XII/2026</span>"), filled);
        assertTrue(filled.contains("&lt;Budi&gt;"), "escaped values stay escaped: " + filled);
        assertEquals("<p>tanpa nomor</p>", LetterLayout.withNumber("<p>tanpa nomor</p>", "1"));
    }

    @Test
    void kelurahanAndDesaAreToldApartByTheirCode() {
        assertEquals("Desa", LetterLayout.kindOf("15.02.02.2004"));
        assertEquals("Kelurahan", LetterLayout.kindOf("15.02.02.1009"));
    }

    @Test
    void datesReadAsInIndonesianLetters() {
        assertEquals("3 Desember 2026", LetterDates.indonesian(LocalDate.of(2026, 12, 3)));
        assertEquals("17 Agustus 2027", LetterDates.in(new Locale("id"), LocalDate.of(2027, 8, 17)));
        assertEquals("17 August 2027", LetterDates.in(Locale.ENGLISH, LocalDate.of(2027, 8, 17)));
    }

    @Test
    void theFileNameIsTheNumberWithoutSlashes() {
        assertEquals(
                "surat-400-12-2-1-012-KGK-XII-2026.pdf", LetterIssuer.fileName(null, "400.12.2.1/012/KGK/XII/2026"));
    }
}
