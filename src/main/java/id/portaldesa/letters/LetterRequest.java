package id.portaldesa.letters;

import id.portaldesa.shared.crypto.SealedAt;
import id.portaldesa.shared.persistence.VillageOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A resident's (or a walk-in's) request for a letter, from the first step of its draft to the issued
 * letter. Its state changes only through {@link LetterWorkflow}, which records every move. The person
 * it is about is kept as chosen (a family member's or a named person's NIK sealed for this row); the
 * applicant's own data is read from their resident record when the letter is signed.
 */
@Entity
@Table(name = "letter_request")
public class LetterRequest extends VillageOwned {

    @Column(name = "type_id", nullable = false, updatable = false)
    private long typeId;

    @Column(name = "type_code", nullable = false)
    private String typeCode;

    @Column(name = "type_name", nullable = false)
    private String typeName;

    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LetterState state;

    @Column(name = "draft_step", nullable = false)
    private int draftStep;

    @Column(name = "applicant_account_id")
    private Long applicantAccountId;

    @Column(name = "walk_in_person_id")
    private Long walkInPersonId;

    @Column(name = "filed_by_account_id")
    private Long filedByAccountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false)
    private SubjectKind subjectKind = SubjectKind.SELF;

    @Column(name = "subject_name")
    private String subjectName;

    @Column(name = "subject_nik_cipher")
    private String subjectNikCipher;

    @Column(name = "subject_nik_hash")
    private String subjectNikHash;

    @Column(name = "subject_relation")
    private String subjectRelation;

    @Column(name = "subject_birth_date")
    private LocalDate subjectBirthDate;

    @Column(nullable = false)
    private String answers = "{}";

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "state_since", nullable = false)
    private Instant stateSince;

    @Column(name = "ended_at")
    private Instant endedAt;

    /** The last note for the resident: what to fix, or why it was rejected. */
    private String note;

    @Column(name = "signer_account_id")
    private Long signerAccountId;

    @Column(name = "signer_name")
    private String signerName;

    @Column(name = "signer_title")
    private String signerTitle;

    @Column(name = "signing_note")
    private String signingNote;

    @Column(name = "signed_at")
    private Instant signedAt;

    @Column(name = "issued_letter_id")
    private Long issuedLetterId;

    @Column(name = "letter_number")
    private String letterNumber;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @Column(name = "attachments_purged_at")
    private Instant attachmentsPurgedAt;

    /** Retention: until when one node's run holds this request (set by a conditional update). */
    @Column(name = "purge_lease_until")
    private Instant purgeLeaseUntil;

    protected LetterRequest() {}

    LetterRequest(long villageId, LetterType type, Long applicantAccountId, Instant now) {
        super(villageId);
        this.typeId = type.getId();
        this.typeCode = type.getCode();
        this.typeName = type.getName();
        this.applicantAccountId = applicantAccountId;
        this.state = LetterState.DRAFT;
        this.draftStep = 1;
        this.createdAt = now;
        this.updatedAt = now;
        this.stateSince = now;
    }

    /** Where the NIK of the person a letter is about is sealed: its village and row. */
    public static SealedAt subjectNikAt(long villageId, long requestId) {
        return new SealedAt("letter_request", "subject_nik_cipher", villageId, "id=" + requestId);
    }

    public SealedAt subjectNikAt() {
        return subjectNikAt(getVillageId(), getId());
    }

    void filedAtCounter(Long walkInPersonId, long operatorAccountId) {
        this.walkInPersonId = walkInPersonId;
        this.filedByAccountId = operatorAccountId;
    }

    void subject(SubjectKind kind, String name, String nikCipher, String nikHash, String relation, LocalDate birth) {
        this.subjectKind = kind;
        this.subjectName = name;
        this.subjectNikCipher = nikCipher;
        this.subjectNikHash = nikHash;
        this.subjectRelation = relation;
        this.subjectBirthDate = birth;
    }

    void answers(String json, Instant now) {
        this.answers = json;
        this.updatedAt = now;
    }

    void step(int step, Instant now) {
        this.draftStep = Math.max(draftStep, step);
        this.updatedAt = now;
    }

    void moved(LetterState to, Instant now) {
        this.state = to;
        this.stateSince = now;
        this.updatedAt = now;
        if (to.ended() && endedAt == null) {
            this.endedAt = now;
        }
    }

    void submitted(String reference, String typeName, Instant now) {
        if (this.reference == null) {
            this.reference = reference;
        }
        this.typeName = typeName;
        this.submittedAt = now;
    }

    void noted(String note) {
        this.note = note;
    }

    void signed(long accountId, String name, String title, String onBehalfNote, Instant now) {
        this.signerAccountId = accountId;
        this.signerName = name;
        this.signerTitle = title;
        this.signingNote = onBehalfNote;
        this.signedAt = now;
    }

    void issued(long letterId, String number, Instant now) {
        this.issuedLetterId = letterId;
        this.letterNumber = number;
        this.issuedAt = now;
    }

    void attachmentsPurged(Instant now) {
        this.attachmentsPurgedAt = now;
    }

    /** Claimed by the person who registered with the walk-in's NIK (the latest registration). */
    void claimedBy(Long accountId) {
        if (walkInPersonId != null) {
            this.applicantAccountId = accountId;
        }
    }

    public long getTypeId() {
        return typeId;
    }

    public String getTypeCode() {
        return typeCode;
    }

    public String getTypeName() {
        return typeName;
    }

    public String getReference() {
        return reference;
    }

    public LetterState getState() {
        return state;
    }

    public int getDraftStep() {
        return draftStep;
    }

    public Long getApplicantAccountId() {
        return applicantAccountId;
    }

    public Long getWalkInPersonId() {
        return walkInPersonId;
    }

    public Long getFiledByAccountId() {
        return filedByAccountId;
    }

    public SubjectKind getSubjectKind() {
        return subjectKind;
    }

    public String getSubjectName() {
        return subjectName;
    }

    public String getSubjectNikCipher() {
        return subjectNikCipher;
    }

    public String getSubjectNikHash() {
        return subjectNikHash;
    }

    public String getSubjectRelation() {
        return subjectRelation;
    }

    public LocalDate getSubjectBirthDate() {
        return subjectBirthDate;
    }

    public String getAnswers() {
        return answers;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getStateSince() {
        return stateSince;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getNote() {
        return note;
    }

    public Long getSignerAccountId() {
        return signerAccountId;
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

    public Long getIssuedLetterId() {
        return issuedLetterId;
    }

    public String getLetterNumber() {
        return letterNumber;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getAttachmentsPurgedAt() {
        return attachmentsPurgedAt;
    }
}
