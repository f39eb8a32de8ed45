package id.portaldesa.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.shared.BusinessException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Placeholders are checked when a template is saved and values are escaped, never interpreted. */
class LetterTemplateTest {

    static final List<FieldDef> FIELDS =
            List.of(new FieldDef("keperluan", "Keperluan", FieldType.TEXT, true, null, List.of(), null));
    static final List<String> VALID = Placeholders.validFor(FIELDS);

    @Test
    void aTemplateWithKnownPlaceholdersPasses() {
        LetterTemplate.check("<p>{{pemohon.nama}} {{ isian.keperluan }} {{desa.nama}} {{surat.nomor}}</p>", VALID);
        assertEquals(
                List.of("pemohon.nama", "isian.keperluan", "desa.nama"),
                LetterTemplate.namesIn("{{pemohon.nama}} {{ isian.keperluan }} {{desa.nama}} {{pemohon.nama}}"));
    }

    @Test
    void anUnknownPlaceholderIsRefusedNamingItAndListingTheValidOnes() {
        BusinessException e = assertThrows(
                BusinessException.class,
                () -> LetterTemplate.check("<p>{{pemohon.nama}} {{isian.alamat}} {{Nama Warga}}</p>", VALID));
        assertEquals("letters.template.unknown", e.getMessageKey());
        assertEquals("{{isian.alamat}}, {{Nama Warga}}", e.getArguments()[0], "the unknown and the malformed one");
        String valid = (String) e.getArguments()[1];
        assertTrue(valid.contains("{{pemohon.nama}}") && valid.contains("{{isian.keperluan}}"), valid);
        assertFalse(valid.contains("isian.alamat"), valid);
    }

    @Test
    void anAnswerOfAFieldThatIsNotThereIsUnknown() {
        assertEquals(
                List.of("{{isian.keperluan}}"),
                LetterTemplate.unknownIn("{{isian.keperluan}}", Placeholders.validFor(List.of())));
    }

    @Test
    void emptyAndOversizedTemplatesAreRefused() {
        assertEquals(
                "letters.template.empty",
                assertThrows(BusinessException.class, () -> LetterTemplate.check("  ", VALID))
                        .getMessageKey());
        assertEquals(
                "letters.template.tooLong",
                assertThrows(
                                BusinessException.class,
                                () -> LetterTemplate.check("x".repeat(LetterTemplate.MAX_LENGTH + 1), VALID))
                        .getMessageKey());
    }

    @Test
    void valuesAreEscapedNotInterpreted() {
        String filled = LetterTemplate.fill(
                "<p>{{pemohon.nama}} / {{desa.nama}}</p>",
                Map.of("pemohon.nama", "<script>alert('x')</script> & \"{{desa.nama}}\"", "desa.nama", "Kungkai"));
        assertEquals(
                "<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;{{desa.nama}}&quot; / Kungkai</p>",
                filled,
                "markup is text and a value that looks like a placeholder stays as written");
    }

    @Test
    void regexReplacementCharactersInValuesAreKept() {
        assertEquals(
                "<p>Rp $100 \\ 50%</p>",
                LetterTemplate.fill("<p>{{isian.keperluan}}</p>", Map.of("isian.keperluan", "Rp $100 \\ 50%")));
    }

    @Test
    void namesWithDiacriticsApostrophesAndEmojiPrintAsTheyAre() {
        assertEquals(
                "<p>Ni Komang Ayu Suarniti Dewi &#39;Ayu&#39; Çağrı 👩‍🌾</p>",
                LetterTemplate.fill(
                        "<p>{{pemohon.nama}}</p>",
                        Map.of("pemohon.nama", "Ni Komang Ayu Suarniti Dewi 'Ayu' Çağrı 👩‍🌾")));
    }

    @Test
    void aMissingValueLeavesTheSpaceEmptyAndTheNumberIsMarkedForTheIssuer() {
        assertEquals(
                "<p>Nomor: " + Placeholders.NUMBER_MARK + " — </p>",
                LetterTemplate.fill(
                        "<p>Nomor: {{surat.nomor}} — {{pemohon.nama}}</p>",
                        Map.of("surat.nomor", "<b>not this</b>"),
                        Map.of(Placeholders.NUMBER, Placeholders.NUMBER_MARK)));
    }

    @Test
    void theSanitiserKeepsPlaceholdersAndTheLetterLayoutAndDropsEverythingElse() {
        String clean = TemplateHtml.sanitise("<h3 class=\"text-center underline\">SURAT {{surat.jenis}}</h3>"
                + "<p style=\"color:red\" onclick=\"x()\">{{pemohon.nama}}<script>alert(1)</script>"
                + "<a href=\"javascript:x()\">tautan</a><img src=x onerror=alert(1)></p>"
                + "<table class=\"fields\"><tr><td colspan=\"2\">{{ isian.keperluan }}</td></tr></table>"
                + "<p class=\"evil text-center\">x</p>");
        assertTrue(clean.contains("<h3 class=\"text-center underline\">SURAT {{surat.jenis}}</h3>"), clean);
        assertTrue(clean.contains("{{pemohon.nama}}"), clean);
        assertTrue(clean.contains("{{isian.keperluan}}"), clean);
        assertTrue(clean.contains("<td colspan=\"2\">"), clean);
        for (String gone : List.of("style", "onclick", "<script", "alert", "javascript", "<a", "<img", "evil")) {
            assertFalse(clean.contains(gone), gone + " in " + clean);
        }
    }

    @Test
    void indonesianDates() {
        assertEquals("1 Desember 2026", IndonesianDates.format(java.time.LocalDate.of(2026, 12, 1)));
        assertEquals("29 Februari 2028", IndonesianDates.format(java.time.LocalDate.of(2028, 2, 29)));
        assertEquals("", IndonesianDates.format(null));
    }
}
