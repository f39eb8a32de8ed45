package id.portaldesa.letters.issue.numbering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.shared.BusinessException;
import id.portaldesa.village.VillageTime;
import id.portaldesa.village.VillageTimeZone;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Letter numbers as the issue asks for them: the format, Roman months, the yearly reset, per-type sequences. */
class LetterNumbersTest {

    /** Sequences kept in a map, as the database keeps them per village, year and scope. */
    static final class MemorySequences implements LetterNumbers.Sequence {
        final Map<String, Integer> last = new HashMap<>();

        @Override
        public int next(int year, String scopeKey) {
            return last.merge(year + "|" + scopeKey, 1, Integer::sum);
        }
    }

    static NumberingSettings settings(SequenceScope scope) {
        return new NumberingSettings(NumberFormat.DEFAULT, scope, Paper.A4, "kgk");
    }

    @Test
    void theDefaultFormatPrintsTheIssuesExample() {
        MemorySequences sequences = new MemorySequences();
        sequences.last.put("2026|", 11);
        var assigned = LetterNumbers.assign(
                settings(SequenceScope.VILLAGE), "400.12.2.1", "SKD", LocalDate.of(2026, 12, 3), sequences);
        assertEquals("400.12.2.1/012/KGK/XII/2026", assigned.number());
        assertEquals(12, assigned.sequenceNumber());
        assertEquals("", assigned.scopeKey());
    }

    @Test
    void everyMonthHasItsRomanNumeral() {
        List<String> expected = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII");
        assertEquals(
                expected, IntStream.rangeClosed(1, 12).mapToObj(RomanMonths::of).toList());
        NumberFormat format = NumberFormat.parse("[nomor]/[bulan_romawi]/[bulan]/[tahun]");
        assertEquals(
                "7/IV/04/2027", format.format(new NumberFormat.Values("x", 7, "K", "T", LocalDate.of(2027, 4, 30))));
        assertThrows(IllegalArgumentException.class, () -> RomanMonths.of(13));
    }

    @Test
    void numbersStartAgainEveryJanuaryInTheVillagesTimeZone() {
        MemorySequences sequences = new MemorySequences();
        NumberingSettings s = settings(SequenceScope.VILLAGE);
        // 31 December 2026, 23:30 in Jambi (WIB) is already 1 January 2027 in Papua (WIT).
        Instant newYearsEveInJambi = Instant.parse("2026-12-31T16:30:00Z");
        LocalDate jambi = new VillageTime(VillageTimeZone.WIB, Clock.fixed(newYearsEveInJambi, ZoneOffset.UTC)).today();
        LocalDate papua = new VillageTime(VillageTimeZone.WIT, Clock.fixed(newYearsEveInJambi, ZoneOffset.UTC)).today();
        assertEquals(LocalDate.of(2026, 12, 31), jambi);
        assertEquals(LocalDate.of(2027, 1, 1), papua);

        assertEquals(
                "400/001/KGK/XII/2026",
                LetterNumbers.assign(s, "400", "SKD", jambi, sequences).number());
        assertEquals(
                "400/002/KGK/XII/2026",
                LetterNumbers.assign(s, "400", "SKD", jambi, sequences).number());
        assertEquals(
                "400/001/KGK/I/2027",
                LetterNumbers.assign(s, "400", "SKD", papua, sequences).number());
        assertEquals(
                "400/003/KGK/XII/2026",
                LetterNumbers.assign(s, "400", "SKD", jambi, sequences).number());
    }

    @Test
    void perTypeSequencesCountEachTypeOnItsOwn() {
        MemorySequences sequences = new MemorySequences();
        LocalDate day = LocalDate.of(2026, 5, 2);
        NumberingSettings perType = settings(SequenceScope.TYPE);
        assertEquals(
                "400.12.2.1/001/KGK/V/2026",
                LetterNumbers.assign(perType, "400.12.2.1", "SKD", day, sequences)
                        .number());
        assertEquals(
                "500.2.2.4/001/KGK/V/2026",
                LetterNumbers.assign(perType, "500.2.2.4", "SKU", day, sequences)
                        .number());
        assertEquals(
                "400.12.2.1/002/KGK/V/2026",
                LetterNumbers.assign(perType, "400.12.2.1", "SKD", day, sequences)
                        .number());
        assertEquals(
                "SKU",
                LetterNumbers.assign(perType, "500.2.2.4", "SKU", day, sequences)
                        .scopeKey());

        MemorySequences shared = new MemorySequences();
        NumberingSettings perVillage = settings(SequenceScope.VILLAGE);
        LetterNumbers.assign(perVillage, "400.12.2.1", "SKD", day, shared);
        assertEquals(
                "500.2.2.4/002/KGK/V/2026",
                LetterNumbers.assign(perVillage, "500.2.2.4", "SKU", day, shared)
                        .number());
    }

    @Test
    void aNumberOutgrowingItsWidthIsPrintedWhole() {
        assertEquals("012", NumberFormat.padded(12, 3));
        assertEquals("1000", NumberFormat.padded(1000, 3));
        assertEquals("5", NumberFormat.padded(5, 0));
    }

    @Test
    void formatsThatCannotNumberLettersAreRefusedWithTheirReason() {
        assertEquals("letters.issue.format.unknown", refusal("[kode_surat]/[nomer]/[tahun]"));
        assertEquals("letters.issue.format.noNumber", refusal("[kode_surat]/[tahun]"));
        assertEquals("letters.issue.format.twoNumbers", refusal("[nomor]/[nomor,3]"));
        assertEquals("letters.issue.format.width", refusal("[nomor,9]"));
        assertEquals("letters.issue.format.unknown", refusal("[tahun,2]/[nomor]"));
        assertEquals("letters.issue.format.character", refusal("[nomor]<script>"));
        assertEquals("letters.issue.format.empty", refusal("  "));
        assertEquals("letters.issue.format.tooLong", refusal("[nomor]" + "x".repeat(NumberFormat.MAX_LENGTH)));
        BusinessException unknown = assertThrows(BusinessException.class, () -> NumberFormat.parse("[nomer]"));
        assertTrue(String.valueOf(unknown.getArguments()[1]).contains("[bulan_romawi]"), "lists the valid ones");
    }

    @Test
    void aPerTypeSequenceNeedsTheTypeInTheNumber() {
        var settings = new NumberingSettings("[nomor,3]/[kode_desa]/[tahun]", SequenceScope.TYPE, Paper.F4, "KGK");
        assertEquals(
                "letters.issue.format.typeScope",
                assertThrows(BusinessException.class, settings::validated).getMessageKey());
        var bad = new NumberingSettings(NumberFormat.DEFAULT, SequenceScope.VILLAGE, Paper.A4, "K G/K");
        assertEquals(
                "letters.issue.villageCode.invalid",
                assertThrows(BusinessException.class, bad::validated).getMessageKey());
    }

    @Test
    void villageCodesAreSuggestedFromTheName() {
        assertEquals("KNG", VillageCodes.suggest("Kungkai"));
        assertEquals("SKP", VillageCodes.suggest("Sungai Kapas"));
        assertEquals("DS", VillageCodes.suggest("  "));
        assertTrue(VillageCodes.VALID
                .matcher(VillageCodes.suggest("Ujung Pandang Baru"))
                .matches());
    }

    private static String refusal(String format) {
        return assertThrows(BusinessException.class, () -> NumberFormat.parse(format))
                .getMessageKey();
    }
}
