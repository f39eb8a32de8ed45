package id.portaldesa.letters.issue;

import java.time.LocalDate;

/**
 * What the requests side asks the issuing side to issue (the contract between the two, see
 * {@link LetterIssuer}). Placeholder until h-letters-issue lands; that branch's file replaces this one.
 *
 * @param bodyHtml the filled template, values already escaped; a {@code <span class="letter-number">}
 *     where the template shows the number
 * @param signerTitle e.g. {@code Plt. Kepala Desa Kungkai}
 * @param signingNote {@code a.n. Kepala Desa Kungkai} or null
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
