/**
 * The issuing side of letters: the village's number format and running numbers ({@code numbering}),
 * the letter rendered to PDF with letterhead and QR code ({@code pdf}), its PAdES-B-B signature with
 * the village's key certified by the deployment's own authority ({@code signing}), and the issued
 * letter kept as a private media document with its SHA-256 ({@link
 * id.portaldesa.letters.issue.LetterIssuer}).
 *
 * <p>The public verification ({@link id.portaldesa.letters.issue.Verifications}) lives on the platform
 * host only, at {@code /v/<token>} and {@code /api/v1/verifikasi/<token>}: a printed QR code outlives
 * a slug or domain change. The token is stored as its SHA-256, shows the subject's name masked, and
 * unknown tokens are counted per visitor's address ({@code Limit.VERIFICATION}). The village's keys
 * are created when it first signs, never at onboarding.
 */
package id.portaldesa.letters.issue;
