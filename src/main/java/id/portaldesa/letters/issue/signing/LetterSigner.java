package id.portaldesa.letters.issue.signing;

/**
 * Signs an issued letter's PDF for a village. The default signs with the village's own key, certified
 * by the deployment's authority ({@link VillageKeySigner}); a certified provider (BSrE) can be plugged
 * in later as a CDI alternative implementing this interface, without touching the issuing.
 */
public interface LetterSigner {

    /** A signed PDF, and which generation of the village's key signed it (0 for an outside provider). */
    record Signed(byte[] pdf, int keyGeneration) {}

    /**
     * Makes sure the village can sign (creates its key the first time), before the issuing takes its
     * number: key creation commits on its own and must not wait behind a held sequence lock.
     */
    void prepare(long villageId);

    /** The PDF with a PAdES-B-B signature of the village appended as an incremental update. */
    Signed sign(long villageId, byte[] pdf, SignatureDetails details);
}
