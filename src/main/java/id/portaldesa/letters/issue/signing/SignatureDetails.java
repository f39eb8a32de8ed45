package id.portaldesa.letters.issue.signing;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * What a signature states besides the signature itself: who signed (the official's printed name), why,
 * where, and when (the claimed time, {@code /M}, in the village's zone).
 */
public record SignatureDetails(String signerName, String reason, String location, ZonedDateTime claimedTime) {

    public SignatureDetails {
        Objects.requireNonNull(claimedTime);
    }
}
