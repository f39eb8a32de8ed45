package id.portaldesa.letters.issue;

import id.portaldesa.shared.Tokens;
import id.portaldesa.shared.ratelimit.Limit;
import id.portaldesa.shared.ratelimit.RateLimitExceededException;
import id.portaldesa.shared.ratelimit.RateLimiter;
import id.portaldesa.shared.security.ClientAddresses;
import id.portaldesa.village.VillageDirectory;
import id.portaldesa.village.VillageLinks;
import id.portaldesa.village.VillageRef;
import id.portaldesa.village.VillageTimeZone;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * The public verification of issued letters, by the token printed in the QR code. The one lookup of
 * letters not led by the current village: a verification address belongs to no village (it lives on
 * the platform host, so a printed code outlives a slug or domain change). A token is found by its
 * SHA-256 only; what is shown is what the issue allows (no full name, no content). The address printed
 * in the QR code is made here too ({@link #addressOf}), for the issuing and the routes alike.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Verifications {

    /** The public verification page, on the platform host: a printed QR code outlives a slug or domain change. */
    public static final String VIEW = "/public/letters-issue/verify.xhtml";

    /**
     * The verification page's path parameter, {@code /v/{kode}}: the letter's token (not named "token",
     * the view parameter of the one-time links that NginxLogFormatTest lists; nginx redacts all of /v/
     * anyway).
     */
    public static final String TOKEN = "kode";

    /** What the verification page shows of a letter. */
    public record Verification(
            String villageName,
            VillageTimeZone timeZone,
            String number,
            String typeName,
            LocalDate date,
            String subjectMasked,
            String signerName,
            String signerTitle,
            String signingNote,
            String sha256,
            Instant revokedAt,
            String revocationReason) {

        public boolean isRevoked() {
            return revokedAt != null;
        }

        /** The signer as printed: "a.n. Kepala Desa Kungkai Sekretaris Desa: Siti", or title and name. */
        public String signer() {
            String note = signingNote == null || signingNote.isBlank() ? "" : signingNote + " ";
            return note + signerTitle + ": " + signerName;
        }

        /** When the letter was revoked, in its village's time ({@code 3 Desember 2026, 14:05 WITA}); "" if it stands. */
        public String revokedOn(Locale locale) {
            if (revokedAt == null) {
                return "";
            }
            return revokedAt.atZone(timeZone.zone()).format(DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", locale))
                    + " " + timeZone.name();
        }

        /** Whether these bytes are the issued file, exactly. */
        public boolean isOriginal(byte[] pdf) {
            return pdf != null && sha256.equals(Tokens.sha256(pdf));
        }
    }

    /** A token's letter is at least this long to be looked up: anything shorter is not one of ours. */
    static final int MIN_TOKEN = 40;

    static final int MAX_TOKEN = 64;

    @PersistenceContext
    EntityManager em;

    @Inject
    VillageDirectory directory;

    @Inject
    VillageLinks links;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    ClientAddresses addresses;

    @Inject
    HttpServletRequest request;

    /** The absolute {@code /v/<token>} address on the platform host, as the QR code prints it. */
    public String addressOf(String token) {
        return links.platformPage(VIEW, TOKEN, token);
    }

    /**
     * A visitor's lookup, for the page and the API alike: {@link #byToken} under the allowance of
     * unknown tokens of the visitor's address ({@link Limit#VERIFICATION}). Only misses are counted;
     * once the allowance is used up the address gets no answer at all for a while, not even for a
     * right token, so guessing learns nothing.
     *
     * @throws RateLimitExceededException when this address has used up its allowance (before the
     *     lookup, or with this miss)
     */
    public Optional<Verification> forVisitor(String token) {
        String key = RateLimiter.addressKey(addresses.of(request));
        if (rateLimiter.hits(Limit.VERIFICATION, key) >= rateLimiter.max(Limit.VERIFICATION)) {
            throw new RateLimitExceededException(Limit.VERIFICATION, Limit.VERIFICATION.window());
        }
        Optional<Verification> found = byToken(token);
        if (found.isEmpty()) {
            rateLimiter.attempt(Limit.VERIFICATION, key);
        }
        return found;
    }

    /** The letter of a token, without counting anything: for visitors, {@link #forVisitor}. */
    public Optional<Verification> byToken(String token) {
        if (token == null || token.length() < MIN_TOKEN || token.length() > MAX_TOKEN) {
            return Optional.empty();
        }
        return em.createQuery("select e from IssuedLetterRecord e where e.tokenHash = :hash", IssuedLetterRecord.class)
                .setParameter("hash", Tokens.sha256(token))
                .getResultStream()
                .findFirst()
                .map(r -> {
                    Optional<VillageRef> village = directory.byId(r.getVillageId());
                    return new Verification(
                            village.map(VillageRef::name).orElse(""),
                            village.map(VillageRef::timeZone).orElse(VillageTimeZone.WIB),
                            r.getNumber(),
                            r.getTypeName(),
                            r.getLetterDate(),
                            r.getSubjectMasked(),
                            r.getSignerName(),
                            r.getSignerTitle(),
                            r.getSigningNote(),
                            r.getSha256(),
                            r.getRevokedAt(),
                            r.getRevocationReason());
                });
    }
}
