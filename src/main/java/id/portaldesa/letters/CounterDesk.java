package id.portaldesa.letters;

import id.portaldesa.account.FamilyRelation;
import id.portaldesa.account.IdentityNumber;
import id.portaldesa.account.ResidentRepository;
import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.media.Upload;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.NotFoundException;
import id.portaldesa.shared.crypto.PersonalDataCipher;
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
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

/**
 * An operator files a request at the counter (PROCESS_LETTERS) for a walk-in who has no account and
 * often no email: the person is recorded from their KTP (NIK sealed), the request is submitted at once
 * with the operator as its filer, and the scans are whatever the operator attaches (the originals were
 * seen at the counter). A NIK that belongs to a registered resident files the request as theirs; a
 * NIK seen before at the counter reuses that person's record.
 */
@ApplicationScoped
@Transactional
public class CounterDesk {

    @Inject
    CurrentUser user;

    @Inject
    CurrentVillage currentVillage;

    @Inject
    LetterTypeRepository types;

    @Inject
    LetterRequestRepository requests;

    @Inject
    WalkInRepository walkIns;

    @Inject
    ResidentRepository residents;

    @Inject
    RegionRepository regions;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    References references;

    @Inject
    LetterSettingsService settings;

    @Inject
    LetterWorkflow workflow;

    @Inject
    LetterScans scans;

    @Inject
    VillageClock villageClock;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /** The person at the counter as read from their KTP. */
    public record Person(
            String name, String nik, String birthPlace, LocalDate birthDate, String address, String phone) {}

    /** Someone else the letter is about (a deceased parent, a child), or null for the person. */
    public record Subject(String name, String nik, FamilyRelation relation) {}

    /**
     * Files and submits the request.
     *
     * @param scans requirement key to upload; empty uploads are skipped
     * @return the new request's id
     */
    public long file(
            @NotNull String typeCode,
            @NotNull Person person,
            Subject subject,
            @NotNull Map<String, String> answers,
            @NotNull Map<String, Upload> uploads) {
        user.require(Permission.PROCESS_LETTERS);
        long operator = user.accountId().orElseThrow(NotFoundException::new);
        VillageRef village = currentVillage.require();
        LetterType type = types.byCode(typeCode).filter(LetterType::isEnabled).orElseThrow(NotFoundException::new);
        LetterTypeDefinition definition = type.definition();
        String name = person.name() == null ? "" : person.name().strip();
        if (name.isEmpty() || name.length() > 120) {
            throw new BusinessException("letters.counter.nameMissing");
        }
        String nik = checkedNik(person.nik());
        Map<String, String> kept = Answers.checked(definition, answers, true);
        Instant now = clock.instant();
        String hash = cipher.lookupHash(village.id(), nik);

        Long residentAccount =
                residents.byNikHash(hash).map(r -> r.getAccountId()).orElse(null);
        LetterRequest r = new LetterRequest(village.id(), type, residentAccount, now);
        if (residentAccount == null) {
            WalkInPerson walkIn = walkIns.byNikHash(hash).orElseGet(() -> {
                WalkInPerson created = new WalkInPerson(village.id(), name, hash, operator, now);
                walkIns.addNow(created);
                created.sealNik(cipher.encrypt(created.nikAt(), nik));
                return created;
            });
            walkIn.details(
                    name,
                    trim(person.birthPlace(), 80),
                    person.birthDate(),
                    trim(person.address(), 300),
                    trim(person.phone(), 30));
            r.filedAtCounter(walkIn.getId(), operator);
        } else {
            // A registered resident's own request, filed for them: no walk-in record.
            r.filedAtCounter(null, operator);
        }
        r.answers(TypeFiles.answersJson(kept), now);
        requests.add(r);
        em.flush();
        if (subject != null && subject.name() != null && !subject.name().isBlank()) {
            String subjectNik = checkedNik(subject.nik());
            if (subject.relation() == null) {
                throw new BusinessException("letters.subject.relationMissing");
            }
            r.subject(
                    SubjectKind.OTHER,
                    trim(subject.name(), 120),
                    cipher.encrypt(r.subjectNikAt(), subjectNik),
                    cipher.lookupHash(village.id(), subjectNik),
                    subject.relation().name(),
                    null);
        }
        for (var upload : uploads.entrySet()) {
            if (!upload.getValue().isEmpty()) {
                scans.attach(r, definition, upload.getKey(), upload.getValue());
            }
        }
        r.submitted(
                references.next(
                        village.id(),
                        settings.current().referencePrefix(),
                        type.getCode(),
                        YearMonth.from(villageClock.of(village).dateOf(now))),
                definition.name(),
                now);
        workflow.moveTo(r, LetterState.SUBMITTED, operator, null);
        return r.getId();
    }

    private String checkedNik(String value) {
        String nik = value == null ? "" : value.strip();
        IdentityNumber.problem(IdentityNumber.Kind.NIK, nik, regions::exists).ifPresent(key -> {
            throw new BusinessException(key);
        });
        return nik;
    }

    private static String trim(String s, int max) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        return t.substring(0, Math.min(max, t.length()));
    }
}
