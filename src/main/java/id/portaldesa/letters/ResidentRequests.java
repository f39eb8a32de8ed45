package id.portaldesa.letters;

import id.portaldesa.account.FamilyMember;
import id.portaldesa.account.FamilyMemberRepository;
import id.portaldesa.account.FamilyRelation;
import id.portaldesa.account.IdentityNumber;
import id.portaldesa.account.Resident;
import id.portaldesa.account.ResidentRepository;
import id.portaldesa.account.ResidentStatus;
import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.media.Upload;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.NotFoundException;
import id.portaldesa.shared.crypto.PersonalDataCipher;
import id.portaldesa.shared.paging.PageRequest;
import id.portaldesa.shared.paging.Slice;
import id.portaldesa.shared.security.Permission;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.RegionRepository;
import id.portaldesa.village.VillageClock;
import id.portaldesa.village.VillageRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a resident does with their own letter requests (USE_RESIDENT_SERVICES): start one from the
 * catalogue, fill it in step by step (each step saved as a draft, so a lost connection or another
 * device loses nothing), attach scans, submit, follow it, withdraw it. Another resident's request, or
 * a request of another village, is "not found". Submitting twice (a double click) submits once.
 */
@ApplicationScoped
@Transactional
public class ResidentRequests {

    /** The wizard's steps: whom it is about, the answers, the scans, the review. */
    public static final int SUBJECT = 1;

    public static final int ANSWERS = 2;
    public static final int ATTACHMENTS = 3;
    public static final int REVIEW = 4;

    @Inject
    CurrentUser user;

    @Inject
    CurrentVillage currentVillage;

    @Inject
    ResidentStatus residentStatus;

    @Inject
    ResidentRepository residents;

    @Inject
    FamilyMemberRepository family;

    @Inject
    RegionRepository regions;

    @Inject
    LetterTypeRepository types;

    @Inject
    LetterRequestRepository requests;

    @Inject
    LetterAttachmentRepository attachments;

    @Inject
    WalkInRepository walkIns;

    @Inject
    LetterWorkflow workflow;

    @Inject
    References references;

    @Inject
    LetterSettingsService settings;

    @Inject
    Applicants applicants;

    @Inject
    RequestViews views;

    @Inject
    LetterScans scans;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    VillageClock villageClock;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /** A line of the resident's list. */
    public record Summary(
            long id, String reference, String typeName, LetterState state, Instant updatedAt, Instant submittedAt)
            implements java.io.Serializable {}

    /**
     * A draft for this type: the one the resident left unfinished, or a new one pre-filled from their
     * own data. The person's account is locked first, so a double click starts one draft.
     *
     * @return the draft's id
     */
    public long start(@NotNull String typeCode) {
        long me = me().getAccountId();
        LetterType type = types.byCode(typeCode).filter(LetterType::isEnabled).orElseThrow(NotFoundException::new);
        em.createNativeQuery("SELECT id FROM account WHERE id = ? FOR UPDATE")
                .setParameter(1, me)
                .getResultList();
        Optional<LetterRequest> open = requests.openDraft(me, type.getId());
        if (open.isPresent()) {
            return open.get().getId();
        }
        Instant now = clock.instant();
        LetterRequest draft = new LetterRequest(currentVillage.id(), type, me, now);
        Map<String, String> mine = applicants.ofAccount(me);
        Map<String, String> prefilled = new LinkedHashMap<>();
        for (FieldDef f : type.definition().fields()) {
            String value = f.prefill() == null ? null : mine.get(f.prefill());
            if (value != null && !value.isBlank()) {
                prefilled.put(f.key(), value);
            }
        }
        draft.answers(TypeFiles.answersJson(prefilled), now);
        requests.add(draft);
        em.flush();
        return draft.getId();
    }

    /**
     * A draft (or a request returned to the resident) to go on with; a request already sent is read
     * too (its draft page sends the resident to its status: a double-clicked submit lands there), and
     * every change refuses it ({@code ownEditable}).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Draft draft(long id) {
        LetterRequest r = own(id);
        LetterTypeDefinition type = typeOf(r);
        return new Draft(
                r.getId(),
                r.getReference(),
                r.getState(),
                r.getDraftStep(),
                type,
                TypeFiles.answers(r.getAnswers()),
                r.getSubjectKind(),
                r.getSubjectName(),
                r.getSubjectRelation(),
                views.of(r, false),
                myFamily());
    }

    /** Whom the letter is about: the resident, one of their family members, or someone by NIK. */
    public void saveSubject(long id, @NotNull SubjectChoice choice) {
        LetterRequest r = ownEditable(id);
        Instant now = clock.instant();
        switch (choice.kind()) {
            case SELF -> r.subject(SubjectKind.SELF, null, null, null, null, null);
            case FAMILY -> {
                Resident resident = me();
                FamilyMember member = Optional.ofNullable(choice.familyMemberId())
                        .flatMap(family::find)
                        .filter(m -> m.getResidentId() == resident.getId())
                        .orElseThrow(() -> new BusinessException("letters.subject.familyMissing"));
                String nik = cipher.decrypt(member.nikAt(), member.getNikCipher());
                r.subject(
                        SubjectKind.FAMILY,
                        member.getName(),
                        cipher.encrypt(r.subjectNikAt(), nik),
                        member.getNikHash(),
                        member.getRelation().name(),
                        member.getBirthDate());
            }
            case OTHER -> {
                String name = choice.name() == null ? "" : choice.name().strip();
                if (name.isEmpty() || name.length() > 120) {
                    throw new BusinessException("letters.subject.nameMissing");
                }
                String nik = choice.nik() == null ? "" : choice.nik().strip();
                IdentityNumber.problem(IdentityNumber.Kind.NIK, nik, regions::exists)
                        .ifPresent(key -> {
                            throw new BusinessException(key);
                        });
                if (choice.relation() == null) {
                    throw new BusinessException("letters.subject.relationMissing");
                }
                r.subject(
                        SubjectKind.OTHER,
                        name,
                        cipher.encrypt(r.subjectNikAt(), nik),
                        cipher.lookupHash(currentVillage.id(), nik),
                        choice.relation().name(),
                        null);
            }
        }
        r.step(ANSWERS, now);
    }

    /** The answers so far: checked as typed; what is missing is asked when submitting. */
    public void saveAnswers(long id, @NotNull Map<String, String> given) {
        LetterRequest r = ownEditable(id);
        Map<String, String> kept = Answers.checked(typeOf(r), given, false);
        Instant now = clock.instant();
        r.answers(TypeFiles.answersJson(kept), now);
        r.step(ATTACHMENTS, now);
    }

    /**
     * Attaches a scan (a picture or a PDF, checked by content, never public) for one of the type's
     * documents, replacing the one attached for it before.
     */
    public void attach(long id, @NotNull String requirement, @NotNull Upload upload) {
        LetterRequest r = ownEditable(id);
        scans.attach(r, typeOf(r), requirement, upload);
    }

    /** The scans step is done (the required ones are asked for again when submitting). */
    public void attachmentsDone(long id) {
        ownEditable(id).step(REVIEW, clock.instant());
    }

    public void detach(long id, long attachmentId) {
        LetterRequest r = ownEditable(id);
        LetterAttachment a = attachments
                .find(attachmentId)
                .filter(x -> x.getRequestId() == r.getId())
                .orElseThrow(NotFoundException::new);
        scans.remove(a);
    }

    /**
     * Submits the draft (or resubmits a returned request): complete answers and the required scans
     * are checked, a reference is given, and the request waits for the operator, or for the
     * operator's confirmation of the resident first. A second submit of the same request (a double
     * click, a repeated post) finds it submitted and changes nothing.
     *
     * @return the request's reference
     */
    public String submit(long id) {
        Resident me = me();
        LetterRequest r = requests.lock(id);
        if (!ownedByMe(r, me)) {
            throw new NotFoundException();
        }
        if (!r.getState().editableByResident()) {
            return r.getReference();
        }
        LetterTypeDefinition type = typeOf(r);
        Answers.checked(type, TypeFiles.answers(r.getAnswers()), true);
        List<LetterAttachment> attached = attachments.ofRequest(r.getId());
        for (AttachmentDef needed : type.attachments()) {
            if (needed.required()
                    && attached.stream().noneMatch(a -> a.getRequirement().equals(needed.key()))) {
                throw new BusinessException("letters.attachment.required", needed.label());
            }
        }
        VillageRef village = currentVillage.require();
        Instant now = clock.instant();
        if (r.getReference() == null) {
            String reference = references.next(
                    village.id(),
                    settings.current().referencePrefix(),
                    r.getTypeCode(),
                    YearMonth.from(villageClock.of(village).dateOf(now)));
            r.submitted(reference, type.name(), now);
        } else {
            r.submitted(r.getReference(), type.name(), now);
        }
        LetterState next = me.isConfirmed() ? LetterState.SUBMITTED : LetterState.AWAITING_CONFIRMATION;
        workflow.moveTo(r, next, me.getAccountId(), null);
        return r.getReference();
    }

    /** Withdraws a request that no official has taken further yet. */
    public void cancel(@NotNull String reference) {
        Resident me = me();
        LetterRequest found = requests.byReference(reference).orElseThrow(NotFoundException::new);
        LetterRequest r = requests.lock(found.getId());
        if (!ownedByMe(r, me)) {
            throw new NotFoundException();
        }
        if (!r.getState().cancellable()) {
            throw new BusinessException("letters.cancel.tooLate");
        }
        workflow.moveTo(r, LetterState.CANCELLED, me.getAccountId(), null);
    }

    /** Deletes an unsubmitted draft and its scans. */
    public void discard(long id) {
        LetterRequest r = ownEditable(id);
        if (r.getState() != LetterState.DRAFT) {
            throw new NotFoundException();
        }
        attachments.ofRequest(r.getId()).forEach(scans::remove);
        em.remove(r);
    }

    /** One of the resident's requests by its reference, with its whole history. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RequestView view(@NotNull String reference) {
        Resident me = me();
        LetterRequest r =
                requests.byReference(reference).filter(x -> ownedByMe(x, me)).orElseThrow(NotFoundException::new);
        return views.of(r, false);
    }

    /** The resident's requests and drafts, newest first, paged in the database. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Slice<Summary> mine(@NotNull PageRequest page) {
        Resident me = me();
        return requests.ofApplicant(me.getAccountId(), claimableHash(me), page)
                .map(r -> new Summary(
                        r.getId(),
                        r.getReference(),
                        r.getTypeName(),
                        r.getState(),
                        r.getUpdatedAt(),
                        r.getSubmittedAt()));
    }

    /** The request of an attachment, if the resident may see it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<LetterRequest> ownRequest(long requestId) {
        if (!user.can(Permission.USE_RESIDENT_SERVICES)) {
            return Optional.empty();
        }
        Optional<Resident> me = user.accountId().flatMap(residents::ofAccount);
        return me.flatMap(m -> requests.find(requestId).filter(r -> ownedByMe(r, m)));
    }

    /** Whether the person may pick this subject kind: the family members listed in their own data. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FamilyChoice> myFamily() {
        Resident me = me();
        return family.ofResident(me.getId()).stream()
                .map(m -> new FamilyChoice(
                        m.getId(),
                        m.getName(),
                        IdentityNumber.mask(cipher.decrypt(m.nikAt(), m.getNikCipher())),
                        m.getRelation()))
                .toList();
    }

    /** The resident's own request that they may still change. */
    private LetterRequest ownEditable(long id) {
        LetterRequest r = own(id);
        if (!r.getState().editableByResident()) {
            throw new BusinessException("letters.draft.notEditable");
        }
        return r;
    }

    private LetterRequest own(long id) {
        Resident me = me();
        return requests.find(id).filter(r -> ownedByMe(r, me)).orElseThrow(NotFoundException::new);
    }

    /**
     * Theirs: requested by them, or filed at the counter for the NIK they hold, once an operator has
     * confirmed that they are who they registered as.
     */
    private boolean ownedByMe(LetterRequest r, Resident me) {
        if (r.getApplicantAccountId() == null || r.getApplicantAccountId() != me.getAccountId()) {
            return false;
        }
        if (r.getWalkInPersonId() == null) {
            return true;
        }
        String hash = claimableHash(me);
        return walkIns.find(r.getWalkInPersonId())
                .map(p -> p.getNikHash().equals(hash))
                .orElse(false);
    }

    /** The NIK hash counter records must match to be shown: only for a confirmed resident. */
    private String claimableHash(Resident me) {
        return me.isConfirmed() && me.getNikHash() != null ? me.getNikHash() : "-";
    }

    private LetterTypeDefinition typeOf(LetterRequest r) {
        return types.find(r.getTypeId()).map(LetterType::definition).orElseThrow(NotFoundException::new);
    }

    private Resident me() {
        user.require(Permission.USE_RESIDENT_SERVICES);
        return user.accountId().flatMap(residents::ofAccount).orElseThrow(NotFoundException::new);
    }

    /** What the person chose on the first step. */
    public record SubjectChoice(
            SubjectKind kind, Long familyMemberId, String name, String nik, FamilyRelation relation) {}

    /** A family member the resident may pick, NIK masked. */
    public record FamilyChoice(long id, String name, String maskedNik, FamilyRelation relation)
            implements java.io.Serializable {}

    /** A draft as the wizard shows it. */
    public record Draft(
            long id,
            String reference,
            LetterState state,
            int step,
            LetterTypeDefinition type,
            Map<String, String> answers,
            SubjectKind subjectKind,
            String subjectName,
            String subjectRelation,
            RequestView view,
            List<FamilyChoice> family)
            implements java.io.Serializable {

        public Map<String, String> answersCopy() {
            return new HashMap<>(answers);
        }
    }
}
