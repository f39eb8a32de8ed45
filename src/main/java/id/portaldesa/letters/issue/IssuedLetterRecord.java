package id.portaldesa.letters.issue;

import id.portaldesa.shared.persistence.InstantConverter;
import id.portaldesa.shared.persistence.VillageOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** An issued letter as stored: the register's number, the signed PDF and its hash, the verification token's hash. */
@Entity
@Table(name = "issued_letter")
public class IssuedLetterRecord extends VillageOwned {

    @Column(name = "request_id", nullable = false, updatable = false)
    private long requestId;

    @Column(name = "letter_number", nullable = false, updatable = false)
    private String number;

    @Column(name = "sequence_year", nullable = false, updatable = false)
    private int sequenceYear;

    @Column(name = "sequence_scope", nullable = false, updatable = false)
    private String sequenceScope;

    @Column(name = "sequence_number", nullable = false, updatable = false)
    private int sequenceNumber;

    @Column(name = "type_code", nullable = false, updatable = false)
    private String typeCode;

    @Column(name = "type_name", nullable = false, updatable = false)
    private String typeName;

    @Column(name = "letter_date", nullable = false, updatable = false)
    private LocalDate letterDate;

    @Column(name = "subject_masked", nullable = false, updatable = false)
    private String subjectMasked;

    @Column(name = "signer_name", nullable = false, updatable = false)
    private String signerName;

    @Column(name = "signer_title", nullable = false, updatable = false)
    private String signerTitle;

    @Column(name = "signing_note", updatable = false)
    private String signingNote;

    @Column(name = "signed_by", updatable = false)
    private Long signedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "signed_at", nullable = false, updatable = false)
    private Instant signedAt;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "sha256", nullable = false, updatable = false)
    private String sha256;

    @Column(name = "pdf_media_id", nullable = false, updatable = false)
    private long pdfMediaId;

    @Column(name = "key_generation", nullable = false, updatable = false)
    private int keyGeneration;

    @Convert(converter = InstantConverter.class)
    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private Long revokedBy;

    @Column(name = "revocation_reason")
    private String revocationReason;

    protected IssuedLetterRecord() {}

    /** What a letter is issued with. */
    public record Facts(
            long requestId,
            String number,
            int sequenceYear,
            String sequenceScope,
            int sequenceNumber,
            String typeCode,
            String typeName,
            LocalDate letterDate,
            String subjectMasked,
            String signerName,
            String signerTitle,
            String signingNote,
            Long signedBy,
            Instant signedAt,
            String tokenHash,
            String sha256,
            long pdfMediaId,
            int keyGeneration) {}

    public IssuedLetterRecord(long villageId, Facts f) {
        super(villageId);
        this.requestId = f.requestId();
        this.number = f.number();
        this.sequenceYear = f.sequenceYear();
        this.sequenceScope = f.sequenceScope();
        this.sequenceNumber = f.sequenceNumber();
        this.typeCode = f.typeCode();
        this.typeName = f.typeName();
        this.letterDate = f.letterDate();
        this.subjectMasked = f.subjectMasked();
        this.signerName = f.signerName();
        this.signerTitle = f.signerTitle();
        this.signingNote = f.signingNote();
        this.signedBy = f.signedBy();
        this.signedAt = f.signedAt();
        this.tokenHash = f.tokenHash();
        this.sha256 = f.sha256();
        this.pdfMediaId = f.pdfMediaId();
        this.keyGeneration = f.keyGeneration();
    }

    public void revoke(Long by, Instant at, String reason) {
        this.revokedBy = by;
        this.revokedAt = at;
        this.revocationReason = reason;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public long getRequestId() {
        return requestId;
    }

    public String getNumber() {
        return number;
    }

    public int getSequenceYear() {
        return sequenceYear;
    }

    public String getSequenceScope() {
        return sequenceScope;
    }

    public int getSequenceNumber() {
        return sequenceNumber;
    }

    public String getTypeCode() {
        return typeCode;
    }

    public String getTypeName() {
        return typeName;
    }

    public LocalDate getLetterDate() {
        return letterDate;
    }

    public String getSubjectMasked() {
        return subjectMasked;
    }

    public String getSignerName() {
        return signerName;
    }

    public String getSignerTitle() {
        return signerTitle;
    }

    public String getSigningNote() {
        return signingNote;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public String getSha256() {
        return sha256;
    }

    public long getPdfMediaId() {
        return pdfMediaId;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevocationReason() {
        return revocationReason;
    }
}
