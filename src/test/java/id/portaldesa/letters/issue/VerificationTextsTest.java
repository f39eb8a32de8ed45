package id.portaldesa.letters.issue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.portaldesa.letters.issue.Verifications.Verification;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What the verification page and API print of a letter: the signer's line (the page and the API print the same). */
class VerificationTextsTest {

    static Verification letter(String signingNote, Instant revokedAt) {
        return new Verification(
                "Kungkai",
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
                letter("a.n. Kepala Desa Kungkai", null).signer());
        assertEquals(
                "Sekretaris Desa: Siti Aminah",
                letter(null, null).signer());
        assertEquals(
                "Sekretaris Desa: Siti Aminah",
                letter("  ", null).signer());
    }
}
