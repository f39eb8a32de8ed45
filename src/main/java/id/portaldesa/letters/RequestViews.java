package id.portaldesa.letters;

import id.portaldesa.account.Account;
import id.portaldesa.account.AccountRepository;
import id.portaldesa.account.IdentityNumber;
import id.portaldesa.shared.crypto.PersonalDataCipher;
import id.portaldesa.shared.workflow.StateChange;
import id.portaldesa.shared.workflow.StateChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds {@link RequestView}s: the type's labels, the answers, the scans and the whole history. */
@ApplicationScoped
public class RequestViews {

    @Inject
    LetterTypeRepository types;

    @Inject
    LetterAttachmentRepository attachments;

    @Inject
    StateChanges history;

    @Inject
    AccountRepository accounts;

    @Inject
    Applicants applicants;

    @Inject
    PersonalDataCipher cipher;

    /** @param fullNik processing staff see NIKs in full; the applicant sees them masked */
    public RequestView of(LetterRequest r, boolean fullNik) {
        LetterTypeDefinition type =
                types.find(r.getTypeId()).map(LetterType::definition).orElseThrow();
        Map<String, String> given = TypeFiles.answers(r.getAnswers());
        List<RequestView.Answer> answers = type.fields().stream()
                .map(f -> new RequestView.Answer(f.key(), f.label(), Answers.printed(f, given.get(f.key()))))
                .toList();
        List<RequestView.Attachment> scans = attachments.ofRequest(r.getId()).stream()
                .map(a -> new RequestView.Attachment(
                        a.getId(),
                        a.getRequirement(),
                        type.attachment(a.getRequirement())
                                .map(AttachmentDef::label)
                                .orElse(a.getRequirement()),
                        a.getFileName(),
                        a.getByteSize(),
                        a.getMediaId() != null))
                .toList();
        Map<Long, String> names = new HashMap<>();
        List<RequestView.Step> steps = history.historyOf(LetterState.FLOW.subject(), r.getId()).stream()
                .map(c -> new RequestView.Step(
                        c.getMessageKey(),
                        actorName(c, names),
                        c.getChangedAt(),
                        c.getNote(),
                        LetterState.valueOf(c.getToState())))
                .toList();
        Map<String, String> applicant = applicants.of(r);
        String subjectNik = r.getSubjectKind() == SubjectKind.SELF
                ? applicant.get("pemohon.nik")
                : r.getSubjectNikCipher() == null || r.getSubjectNikCipher().isEmpty()
                        ? null
                        : cipher.decrypt(r.subjectNikAt(), r.getSubjectNikCipher());
        String applicantNik = applicant.get("pemohon.nik");
        return new RequestView(
                r.getId(),
                r.getReference(),
                r.getTypeCode(),
                r.getTypeName(),
                r.getState(),
                r.getDraftStep(),
                r.getSubjectKind(),
                r.getSubjectKind() == SubjectKind.SELF ? applicant.get("pemohon.nama") : r.getSubjectName(),
                shown(subjectNik, fullNik),
                r.getSubjectRelation(),
                applicant.get("pemohon.nama"),
                shown(applicantNik, fullNik),
                r.getWalkInPersonId() != null,
                answers,
                scans,
                steps,
                r.getSubmittedAt(),
                r.getStateSince(),
                r.getNote(),
                r.getLetterNumber(),
                r.getIssuedAt(),
                r.getSignerName(),
                r.getSignerTitle(),
                r.getSigningNote(),
                r.getAttachmentsPurgedAt() != null);
    }

    private static String shown(String nik, boolean full) {
        if (nik == null || nik.isEmpty()) {
            return null;
        }
        return full ? nik : IdentityNumber.mask(nik);
    }

    private String actorName(StateChange c, Map<Long, String> names) {
        Long actor = c.getActorAccountId();
        if (actor == null) {
            return null;
        }
        return names.computeIfAbsent(
                actor,
                id -> Optional.of(id)
                        .flatMap(accounts::find)
                        .map(Account::getDisplayName)
                        .orElse("?"));
    }
}
