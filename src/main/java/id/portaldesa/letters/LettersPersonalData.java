package id.portaldesa.letters;

import id.portaldesa.shared.crypto.PersonalDataCipher;
import id.portaldesa.shared.privacy.DataSubject;
import id.portaldesa.shared.privacy.PersonalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The person's letter requests, in every village: exported with their answers and whom they were
 * about; erased by emptying the answers and the person they were about, and withdrawing what was not
 * finished (its scans then go at the village's retention, like every ended request's). The requests
 * stay, with their reference, type, state and letter number, so the register and issued letters
 * remain valid. Records an operator made at the counter are the village's: a claim by the deleted
 * account is undone, the record kept.
 */
@ApplicationScoped
public class LettersPersonalData implements PersonalDataSource {

    @PersistenceContext
    EntityManager em;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    Clock clock;

    @Override
    public String section() {
        return "letters";
    }

    @Override
    public Object export(DataSubject subject) {
        List<LetterRequest> mine = em.createQuery(
                        "select r from LetterRequest r where r.applicantAccountId = :a order by r.id",
                        LetterRequest.class)
                .setParameter("a", subject.accountId())
                .getResultList();
        if (mine.isEmpty()) {
            return null;
        }
        return mine.stream()
                .map(r -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("village", r.getVillageId());
                    row.put("reference", r.getReference());
                    row.put("type", r.getTypeName());
                    row.put("state", r.getState().name());
                    row.put("createdAt", r.getCreatedAt());
                    row.put("submittedAt", r.getSubmittedAt());
                    row.put("about", r.getSubjectKind().name());
                    row.put("aboutName", r.getSubjectName());
                    row.put(
                            "aboutNik",
                            r.getSubjectNikCipher() == null
                                            || r.getSubjectNikCipher().isEmpty()
                                    ? null
                                    : cipher.decrypt(r.subjectNikAt(), r.getSubjectNikCipher()));
                    row.put("answers", TypeFiles.answers(r.getAnswers()));
                    row.put("letterNumber", r.getLetterNumber());
                    row.put("issuedAt", r.getIssuedAt());
                    return row;
                })
                .toList();
    }

    @Override
    public void erase(DataSubject subject) {
        var now = clock.instant();
        em.createQuery("update LetterRequest r set r.state = :cancelled, r.endedAt = :now, r.stateSince = :now"
                        + " where r.applicantAccountId = :a and r.walkInPersonId is null and r.state in :open")
                .setParameter("cancelled", LetterState.CANCELLED)
                .setParameter("now", now)
                .setParameter("a", subject.accountId())
                .setParameter(
                        "open",
                        List.of(
                                LetterState.DRAFT,
                                LetterState.AWAITING_CONFIRMATION,
                                LetterState.SUBMITTED,
                                LetterState.RETURNED))
                .executeUpdate();
        em.createQuery("update LetterRequest r set r.answers = '{}', r.subjectName = null, r.subjectNikCipher = null,"
                        + " r.subjectNikHash = null, r.subjectBirthDate = null, r.version = r.version + 1"
                        + " where r.applicantAccountId = :a and r.walkInPersonId is null")
                .setParameter("a", subject.accountId())
                .executeUpdate();
        em.createQuery("update LetterRequest r set r.applicantAccountId = null, r.version = r.version + 1"
                        + " where r.applicantAccountId = :a and r.walkInPersonId is not null")
                .setParameter("a", subject.accountId())
                .executeUpdate();
        em.createQuery("update WalkInPerson p set p.claimedAccountId = null, p.version = p.version + 1"
                        + " where p.claimedAccountId = :a")
                .setParameter("a", subject.accountId())
                .executeUpdate();
    }
}
