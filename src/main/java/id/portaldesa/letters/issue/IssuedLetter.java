package id.portaldesa.letters.issue;

/**
 * An issued letter as the issuing side reports it (contract, see {@link LetterIssuer}). Placeholder
 * until h-letters-issue lands; that branch's file replaces this one.
 *
 * @param verificationAddress the absolute {@code /v/<token>} address
 */
public record IssuedLetter(long id, String number, String sha256, String verificationAddress, long pdfMediaId) {}
