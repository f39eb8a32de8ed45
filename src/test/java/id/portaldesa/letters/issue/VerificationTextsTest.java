package id.portaldesa.letters.issue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.portaldesa.letters.issue.Verifications.Verification;
import id.portaldesa.village.VillageTimeZone;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What the verification page and API print of a letter: the signer's line and the revocation's time. */
class VerificationTextsTest {

    static Verification letter(VillageTimeZone zone, String signingNote, Instant revokedAt) {
        return new Verification(
                "Kungkai",
                zone,
                "470/012/KGK/XII/2026",
                "Surat Keterangan Domisili",
                LocalDate.of(2026, 12, 3),
                "Bu** S**",
                "Siti Aminah",
                "Sekretaris Desa",
                signingNote,
                "0".repeat(64),
                revokedAt,
                revokedAt == null ? null : "Alamat keliru");
    }

    @Test
    void theSignerIsPrintedWithTheNoteOfSigningOnBehalfWhenThereIsOne() {
        assertEquals(
                "a.n. Kepala Desa Kungkai Sekretaris Desa: Siti Aminah",
                letter(VillageTimeZone.WIB, "a.n. Kepala Desa Kungkai", null).signer());
        assertEquals(
                "Sekretaris Desa: Siti Aminah",
                letter(VillageTimeZone.WIB, null, null).signer());
        assertEquals(
                "Sekretaris Desa: Siti Aminah",
                letter(VillageTimeZone.WIB, "  ", null).signer());
    }

    @Test
    void theRevocationIsShownInTheVillagesOwnTime() {
        Instant revoked = Instant.parse("2026-12-03T07:05:00Z");
        Locale indonesian = Locale.forLanguageTag("id");
        assertEquals(
                "3 Desember 2026, 14:05 WIB",
                letter(VillageTimeZone.WIB, null, revoked).revokedOn(indonesian));
        assertEquals(
                "3 Desember 2026, 15:05 WITA",
                letter(VillageTimeZone.WITA, null, revoked).revokedOn(indonesian));
        assertEquals(
                "3 December 2026, 16:05 WIT",
                letter(VillageTimeZone.WIT, null, revoked).revokedOn(Locale.ENGLISH));
        assertEquals("", letter(VillageTimeZone.WIT, null, null).revokedOn(indonesian), "a letter that stands");
    }
}
