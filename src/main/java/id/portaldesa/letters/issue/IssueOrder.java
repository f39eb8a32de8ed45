package id.portaldesa.letters.issue;

import java.time.LocalDate;

/**
 * What the requests side asks the issuing side to issue (the contract of letters-core, see
 * {@link LetterIssuer}).
 *
 * @param typeCode the letter type's own code, e.g. {@code SKD} ({@code [kode_jenis]}, and the
 *     sequence of a village that numbers per type)
 * @param classificationCode the kode klasifikasi, e.g. {@code 400.12.2.1} ({@code [kode_surat]})
 * @param bodyHtml the filled template, values already escaped; a {@code <span class="letter-number">}
 *     where the template shows the number gets the number
 * @param subjectName whom the letter is about: printed in the PDF by the template, and kept only
 *     masked for the verification page
 * @param signerTitle e.g. {@code Plt. Kepala Desa Kungkai}
 * @param signingNote {@code a.n. Kepala Desa Kungkai} or null
 * @param date the letter's date in the village (its year picks the number's sequence)
 */
public record IssueOrder(
        long requestId,
        String typeCode,
        String typeName,
        String classificationCode,
        String bodyHtml,
        String subjectName,
        String signerName,
        String signerTitle,
        String signingNote,
        LocalDate date) {}
