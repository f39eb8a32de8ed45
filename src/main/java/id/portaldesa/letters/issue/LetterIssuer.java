package id.portaldesa.letters.issue;

import id.portaldesa.account.AuditTrail;
import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.letters.issue.numbering.LetterNumbers;
import id.portaldesa.letters.issue.numbering.NumberSequences;
import id.portaldesa.letters.issue.numbering.NumberingService;
import id.portaldesa.letters.issue.numbering.NumberingSettings;
import id.portaldesa.letters.issue.signing.LetterSigner;
import id.portaldesa.letters.issue.signing.SignatureDetails;
import id.portaldesa.media.MediaRef;
import id.portaldesa.media.MediaService;
import id.portaldesa.media.MediaVisibility;
import id.portaldesa.media.Upload;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.NotFoundException;
import id.portaldesa.shared.Tokens;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.VillageClock;
import id.portaldesa.village.VillageRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The issuing side of letters: gives a signed request its number, renders the letter with letterhead
 * and QR code, signs it with the village's key, stores it, and answers for it afterwards (the PDF,
 * revocation). All for the current village; the public verification is {@link Verifications}.
 *
 * <p>The number is taken under a lock on the village's sequence row held until the caller's
 * transaction ends: officials signing at the same moment, on one node or several, get consecutive
 * numbers one after the other, and a signing that fails or rolls back gives its number back.
 */
@ApplicationScoped
@Transactional
public class LetterIssuer {

    /** The audit action of a revocation. */
    public static final String REVOKED = "letters.issue.revoked";

    @Inject
    CurrentVillage village;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser user;

    @Inject
    NumberingService numbering;

    @Inject
    NumberSequences sequences;

    @Inject
    LetterLayout layout;

    @Inject
    LetterRenderers renderers;

    @Inject
    LetterSigner signer;

    @Inject
    SigningSlots slots;

    @Inject
    IssuedLetters letters;

    @Inject
    MediaService media;

    @Inject
    Verifications verifications;

    @Inject
    VillageClock villageClock;

    @Inject
    Clock clock;

    /**
     * Numbers, renders, signs and stores the letter, in the caller's transaction, for the current
     * village. The signer must hold SIGN_LETTERS, or VERIFY_LETTERS for a letter signed "a.n.".
     *
     * @throws BusinessException {@code letters.issue.alreadyIssued} when the request has its letter
     */
    public IssuedLetter issue(@NotNull IssueOrder order) {
        requireSigner(order);
        VillageRef v = village.require();
        if (letters.ofRequest(order.requestId()).isPresent()) {
            throw new BusinessException("letters.issue.alreadyIssued");
        }
        NumberingSettings settings = numbering.current();
        // Before the sequence lock: a first key is created in a transaction of its own.
        signer.prepare(v.id());
        LetterNumbers.Assigned number = LetterNumbers.assign(
                settings,
                order.classificationCode(),
                order.typeCode(),
                order.date(),
                (year, scope) -> sequences.next(v.id(), year, scope));
        String token = Tokens.newToken();
        String address = verifications.addressOf(token);
        Instant now = clock.instant();
        LetterSigner.Signed signed = slots.run(() -> {
            byte[] pdf =
                    renderers.renderer().render(layout.content(order, number.number(), address, settings.paper(), v));
            return signer.sign(
                    v.id(),
                    pdf,
                    new SignatureDetails(
                            order.signerName(),
                            order.typeName() + " " + number.number(),
                            v.name(),
                            now.atZone(villageClock.of(v).zone())));
        });
        String sha256 = Tokens.sha256(signed.pdf());
        MediaRef pdf = media.storeDocument(
                new Upload(fileName(order, number.number()), signed.pdf()), MediaVisibility.PRIVATE);
        IssuedLetterRecord record = new IssuedLetterRecord(
                v.id(),
                new IssuedLetterRecord.Facts(
                        order.requestId(),
                        number.number(),
                        number.year(),
                        number.scopeKey(),
                        number.sequenceNumber(),
                        order.typeCode(),
                        order.typeName(),
                        order.date(),
                        NameMask.of(order.subjectName()),
                        order.signerName(),
                        order.signerTitle(),
                        order.signingNote(),
                        user.accountId().orElse(null),
                        now,
                        Tokens.sha256(token),
                        sha256,
                        pdf.id(),
                        signed.keyGeneration()));
        letters.add(record);
        letters.flush();
        return new IssuedLetter(record.getId(), number.number(), sha256, address, pdf.id());
    }

    /** Whether letters can be issued here at all: the fonts they print with are installed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean canIssue() {
        return renderers.renderer().fonts().usable();
    }

    /** The letter issued for a request of the current village. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<IssuedLetter> ofRequest(long requestId) {
        return letters.ofRequest(requestId).map(LetterIssuer::view);
    }

    /**
     * The signed PDF as issued, byte for byte. The caller decides who may read it (the resident it
     * was issued to, staff working on letters); here only the village is checked: another village's
     * letter is not found.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public InputStream openPdf(long issuedLetterId) {
        IssuedLetterRecord record = letters.require(issuedLetterId);
        MediaRef ref = media.find(record.getPdfMediaId()).orElseThrow(NotFoundException::new);
        return media.open(ref, 0);
    }

    /**
     * Revokes an issued letter (REVOKE_LETTERS) with a reason: the verification page says so from now on.
     *
     * @throws BusinessException when no reason is given or the letter is revoked already
     */
    public void revoke(long issuedLetterId, String reason) {
        user.require(IssueAccess.REVOKE);
        IssuedLetterRecord record = letters.require(issuedLetterId);
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("letters.issue.revoke.reasonRequired");
        }
        if (reason.strip().length() > 500) {
            throw new BusinessException("letters.issue.revoke.reasonTooLong", 500);
        }
        if (record.isRevoked()) {
            throw new BusinessException("letters.issue.revoke.already");
        }
        record.revoke(user.accountId().orElse(null), clock.instant(), reason.strip());
        audit.record(REVOKED, record.getNumber(), reason.strip());
    }

    private void requireSigner(IssueOrder order) {
        if (order.signingNote() != null && !order.signingNote().isBlank() && !user.can(IssueAccess.SIGN)) {
            user.require(IssueAccess.SIGN_ON_BEHALF);
        } else {
            user.require(IssueAccess.SIGN);
        }
    }

    private static IssuedLetter view(IssuedLetterRecord r) {
        return new IssuedLetter(r.getId(), r.getNumber(), r.getSha256(), "", r.getPdfMediaId());
    }

    /** {@code surat-400-12-2-1-012-KGK-XII-2026.pdf}: the number, without characters a file name dislikes. */
    static String fileName(IssueOrder order, String number) {
        return ("surat-" + number).replaceAll("[^A-Za-z0-9-]+", "-").replaceAll("-+", "-") + ".pdf";
    }
}
