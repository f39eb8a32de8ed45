/**
 * Letters (surat): letter types and templates, residents' requests and their workflow, and the
 * issuing of the signed letter. So far only the issuing side is here, in {@link
 * id.portaldesa.letters.issue}: the requests side (letters-core) calls {@link
 * id.portaldesa.letters.issue.LetterIssuer} with an {@link id.portaldesa.letters.issue.IssueOrder}
 * when a request is signed.
 */
package id.portaldesa.letters;
