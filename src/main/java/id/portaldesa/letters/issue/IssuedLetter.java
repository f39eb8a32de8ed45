package id.portaldesa.letters.issue;

/**
 * An issued letter as the issuing side reports it (contract, see {@link LetterIssuer}).
 *
 * @param sha256 hex SHA-256 of the signed PDF
 * @param verificationAddress the absolute {@code /v/<token>} address on the platform host; only
 *     {@link LetterIssuer#issue} knows it (the token is stored as a hash only), later reads give ""
 * @param pdfMediaId the signed PDF, a PRIVATE media document of the village
 */
public record IssuedLetter(long id, String number, String sha256, String verificationAddress, long pdfMediaId) {}
