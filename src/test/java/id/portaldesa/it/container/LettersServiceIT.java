package id.portaldesa.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.account.AccountRepository;
import id.portaldesa.account.Acting;
import id.portaldesa.account.ConfirmationMethod;
import id.portaldesa.account.FamilyRelation;
import id.portaldesa.account.Registration;
import id.portaldesa.account.RegistrationService;
import id.portaldesa.account.ResidentOfficeService;
import id.portaldesa.account.ResidentRepository;
import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.letters.CounterDesk;
import id.portaldesa.letters.LetterAttachmentRepository;
import id.portaldesa.letters.LetterOffice;
import id.portaldesa.letters.LetterRequestRepository;
import id.portaldesa.letters.LetterSettings;
import id.portaldesa.letters.LetterSettingsService;
import id.portaldesa.letters.LetterState;
import id.portaldesa.letters.LetterTypeDefinition;
import id.portaldesa.letters.LetterTypeService;
import id.portaldesa.letters.LettersPersonalData;
import id.portaldesa.letters.RequestView;
import id.portaldesa.letters.ResidentRequests;
import id.portaldesa.letters.Retention;
import id.portaldesa.letters.SubjectKind;
import id.portaldesa.letters.issue.IssuedLetter;
import id.portaldesa.media.MediaService;
import id.portaldesa.media.TestPictures;
import id.portaldesa.media.Upload;
import id.portaldesa.notify.NotificationPersonalData;
import id.portaldesa.notify.Notifications;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.NotFoundException;
import id.portaldesa.shared.paging.PageRequest;
import id.portaldesa.shared.privacy.DataSubject;
import id.portaldesa.shared.privacy.PersonalDataJson;
import id.portaldesa.village.VillageDirectory;
import id.portaldesa.village.VillageRef;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The letters services on MariaDB, acting as each person in turn: turns and permissions, signing
 * (password asked again, acting titles, "a.n."), the village's settings, another resident's or
 * village's request, counter filing and its claim, retention, export and import, notifications.
 */
@ExtendWith(ArquillianExtension.class)
class LettersServiceIT {

    @Inject
    LetterVillages letterVillages;

    @Inject
    Fixtures fixtures;

    @Inject
    VillageDirectory directory;

    @Inject
    CurrentUser user;

    @Inject
    AccountRepository accounts;

    @Inject
    ResidentRepository residents;

    @Inject
    ResidentOfficeService residentOffice;

    @Inject
    RegistrationService registrations;

    @Inject
    ResidentRequests requests;

    @Inject
    LetterOffice office;

    @Inject
    CounterDesk counter;

    @Inject
    LetterTypeService types;

    @Inject
    LetterSettingsService settings;

    @Inject
    LetterAttachmentRepository attachments;

    @Inject
    MediaService media;

    @Inject
    Retention retention;

    @Inject
    Notifications notifications;

    @Inject
    LetterIssuing issuing;

    /** A letters village and the ids of its people. */
    record People(
            LetterVillages.LetterVillage lv,
            VillageRef village,
            long admin,
            long secretary,
            long head,
            long operator,
            long resident,
            String password) {}

    People village() {
        LetterVillages.LetterVillage lv = letterVillages.create(false);
        VillageRef v = directory.byId(lv.village().id()).orElseThrow();
        fixtures.actFor(v);
        return new People(
                lv,
                v,
                id(lv.village().adminEmail()),
                id(lv.village().officialEmail()),
                id(lv.headEmail()),
                id(lv.operatorEmail()),
                id(lv.village().residentEmail()),
                lv.village().password());
    }

    /** A registered resident with a confirmed email address (identity not confirmed): the account. */
    long registered(String who, String nik) {
        String email = Fixtures.email(who.replace(' ', '.'));
        registrations.register(
                new Registration(who, email, "rahasia-sekali", nik, Fixtures.kk()), Locale.forLanguageTag("id"));
        registrations.confirm(Fixtures.tokenFromLastMailTo(null, email));
        return id(email);
    }

    long id(String email) {
        return accounts.findByEmail(email).orElseThrow().getId();
    }

    void as(long account) {
        user.actAs(account);
    }

    /** A submitted SKD of the resident acted as. */
    long submittedSkd(String purpose) {
        long draft = requests.start("SKD");
        requests.saveSubject(draft, new ResidentRequests.SubjectChoice(SubjectKind.SELF, null, null, null, null));
        requests.saveAnswers(draft, Map.of("keperluan", purpose));
        requests.attach(draft, "ktp", new Upload("ktp.jpg", TestPictures.jpeg(400, 300)));
        requests.attach(draft, "kk", new Upload("kk.jpg", TestPictures.jpeg(400, 300)));
        requests.submit(draft);
        return draft;
    }

    static String key(Runnable action) {
        return assertThrows(BusinessException.class, action::run).getMessageKey();
    }

    @Test
    void onlyWhoseTurnItIsMovesARequestAndSigningAsksThePasswordAgain() {
        People p = village();
        as(p.resident());
        long id = submittedSkd("Melamar <b>kerja</b> & \"lainnya\"");
        assertEquals(
                LetterState.SUBMITTED,
                requests.view(requests.view(reference(id)).reference()).state());

        assertThrows(NotFoundException.class, () -> office.check(id, null), "a resident is no official");
        as(p.head());
        assertEquals("letters.notYourTurn", key(() -> office.check(id, null)), "the kades does not check");
        as(p.operator());
        assertEquals("letters.notYourTurn", key(() -> office.verify(id, null)), "the operator does not verify");
        assertEquals("letters.return.noteRequired", key(() -> office.returnToResident(id, " ")));
        office.check(id, "lengkap");
        assertEquals("letters.notYourTurn", key(() -> office.check(id, null)), "checked once");
        as(p.head());
        assertEquals("letters.notYourTurn", key(() -> office.sign(id, p.password())), "not before the sekdes");
        as(p.secretary());
        office.verify(id, null);

        as(p.head());
        assertEquals("letters.sign.wrongPassword", key(() -> office.sign(id, "salah-sekali")));
        assertEquals(LetterState.VERIFIED, office.view(id).state(), "nothing signed");
        var letter = office.sign(id, p.password());
        RequestView issued = office.view(id);
        assertEquals(LetterState.ISSUED, issued.state());
        assertEquals(letter.number(), issued.letterNumber());
        // The letter as printed: signer, number by the type's classification code, the resident's words
        // shown as written (escaped into the template, not read as markup), the village's data filled.
        String printed = printed(letter);
        assertTrue(printed.contains("Kades Ñoño O'Brien"), printed);
        assertTrue(printed.contains("Kepala Desa " + p.village().name()), printed);
        assertFalse(printed.contains("a.n."), printed);
        assertTrue(letter.number().startsWith("400.12.2.1/"), letter.number());
        assertTrue(printed.contains(letter.number()), printed);
        // Spaces left out: PDFBox may read one in between glyphs set close together ("< /b>").
        assertTrue(printed.replace(" ", "").contains("Melamar<b>kerja</b>&\"lainnya\""), printed);
        assertEquals(
                List.of(
                        LetterState.SUBMITTED,
                        LetterState.CHECKED,
                        LetterState.VERIFIED,
                        LetterState.SIGNED,
                        LetterState.ISSUED),
                issued.history().stream().map(RequestView.Step::to).toList());
        assertEquals("lengkap", issued.history().get(1).note());

        // Told on their own pages too.
        as(p.resident());
        assertTrue(notifications.mine(PageRequest.first(20), Locale.forLanguageTag("id")).items().stream()
                .anyMatch(n -> n.text().contains(issued.reference()) && n.text().contains("terbit")));
        as(p.secretary());
        assertTrue(notifications.mine(PageRequest.first(20), Locale.ENGLISH).items().stream()
                .anyMatch(n -> n.text().startsWith("Waiting for you: request " + issued.reference())));
    }

    /** The issued letter's text as a reader sees it, lines joined. */
    String printed(IssuedLetter letter) {
        return LetterPdfs.text(issuing.pdfOf(letter.id())).replaceAll("\\s+", " ");
    }

    String reference(long id) {
        return requests.mine(PageRequest.first(50)).items().stream()
                .filter(s -> s.id() == id)
                .findFirst()
                .orElseThrow()
                .reference();
    }

    @Test
    void actingHeadsSignWithTheirTitleAndTheSecretarySignsOnBehalfWhereAllowed() {
        People p = village();
        letterVillages.appoint(p.village(), p.head(), Acting.PLT);
        as(p.admin());
        settings.save(new LetterSettings.Values(false, true, false, 12, "TST"));

        as(p.resident());
        long first = submittedSkd("Satu");
        long second = submittedSkd("Dua");
        assertTrue(reference(first).startsWith("TST-SKD-"), reference(first));
        as(p.operator());
        office.check(first, null);
        office.check(second, null);

        as(p.head());
        String plt = printed(office.sign(first, p.password()));
        assertTrue(plt.contains("Plt. Kepala Desa " + p.village().name()), plt);
        assertFalse(plt.contains("a.n."), plt);

        as(p.secretary());
        String onBehalf = printed(office.sign(second, p.password()));
        assertTrue(onBehalf.contains("a.n. Kepala Desa " + p.village().name()), onBehalf);
        assertTrue(onBehalf.contains("Sekretaris Desa " + p.village().name()), onBehalf);
    }

    @Test
    void anotherResidentsOrAnotherVillagesRequestIsNotFound() {
        People a = village();
        as(a.resident());
        long id = submittedSkd("Milik A");
        String reference = reference(id);

        long open = requests.start("SKU");

        as(registered("Tetangga", Fixtures.nik()));
        assertThrows(NotFoundException.class, () -> requests.view(reference));
        assertThrows(NotFoundException.class, () -> requests.draft(id));
        assertThrows(NotFoundException.class, () -> requests.draft(open), "another resident's open draft");
        assertThrows(NotFoundException.class, () -> requests.saveAnswers(open, Map.of("nama_usaha", "Bukan")));
        assertThrows(NotFoundException.class, () -> requests.cancel(reference));
        assertTrue(requests.ownRequest(id).isEmpty());

        People b = village();
        as(b.operator());
        assertThrows(NotFoundException.class, () -> office.view(id), "another village's id");
        assertThrows(NotFoundException.class, () -> office.check(id, null));
        as(b.admin());
        assertThrows(NotFoundException.class, () -> office.view(id), "an admin works on no letters");
    }

    @Test
    void aWalkInsRequestIsClaimedByWhoeverRegistersWithTheNikAndShownOnceConfirmed() {
        People p = village();
        as(p.operator());
        String nik = Fixtures.nik();
        long id = counter.file(
                "SKD",
                new CounterDesk.Person("Mbah Karto", nik, "Bangko", null, "Dusun Mekar", null),
                null,
                Map.of("keperluan", "Pensiun"),
                Map.of());
        assertEquals(LetterState.SUBMITTED, office.view(id).state());
        assertTrue(office.view(id).walkIn());
        assertEquals(nik, office.view(id).applicantNik(), "staff see the NIK in full");
        assertEquals(
                "letters.counter.nameMissing",
                key(() -> counter.file(
                        "SKD",
                        new CounterDesk.Person(" ", nik, null, null, null, null),
                        null,
                        Map.of("keperluan", "x"),
                        Map.of())));
        assertEquals(
                "account.nik.format",
                key(() -> counter.file(
                        "SKD",
                        new CounterDesk.Person("X", "123", null, null, null, null),
                        null,
                        Map.of("keperluan", "x"),
                        Map.of())));

        long karto = registered("Karto", nik);
        as(karto);
        assertEquals(0, requests.mine(PageRequest.first(10)).total(), "not before an operator confirmed Karto");
        as(p.admin());
        residentOffice.confirm(residents.ofAccount(karto).orElseThrow().getId(), ConfirmationMethod.COUNTER, null);
        as(karto);
        assertEquals(1, requests.mine(PageRequest.first(10)).total());
        assertEquals("Pensiun", requests.view(reference(id)).answers().get(0).value());
    }

    @Test
    void scansAreDeletedAfterTheRetentionPeriodAndTheRegisterStays() {
        People p = village();
        as(p.resident());
        long rejected = submittedSkd("Ditolak");
        as(p.operator());
        office.reject(rejected, "Bukan warga sini");
        var scans = attachments.ofRequest(rejected);
        assertEquals(2, scans.size());
        long mediaId = scans.get(0).getMediaId();

        Instant now = Instant.now();
        assertEquals(0, retention.clean(p.village().id(), now.plus(Duration.ofDays(300))), "kept for 12 months");
        assertEquals(1, retention.clean(p.village().id(), now.plus(Duration.ofDays(400))));
        assertEquals(0, retention.clean(p.village().id(), now.plus(Duration.ofDays(401))), "purged once");
        fixtures.actFor(p.village());
        as(p.operator());
        assertTrue(media.find(mediaId).isEmpty(), "the scan is gone");
        RequestView kept = office.view(rejected);
        assertEquals(LetterState.REJECTED, kept.state());
        assertTrue(kept.attachmentsPurged());
        assertEquals(2, kept.attachments().size(), "the record of what was shown stays");
        assertFalse(kept.attachments().get(0).available());
    }

    @Test
    void aTypeExportedByOneVillageIsImportedByAnother() {
        People a = village();
        as(a.admin());
        LetterTypeDefinition sku = types.definition("SKU");
        types.save("SKU", sku.withTemplate(sku.template() + "<p>Khas {{desa.nama}}</p>"));
        String file = types.export("SKU");

        People b = village();
        as(b.admin());
        assertEquals(
                "letters.type.code.taken", key(() -> types.importFile(file.getBytes(), null)), "B has SKU shipped");
        String code = types.importFile(file.getBytes(), "SKUA");
        assertEquals("SKUA", code);
        assertTrue(types.definition("SKUA").template().contains("Khas {{desa.nama}}"));
        assertFalse(types.isEnabled("SKUA"), "imported disabled");

        assertEquals(
                "letters.template.unknown",
                key(() -> types.save("SKUA", sku.withTemplate("<p>{{pemohon.nama_lengkap}}</p>"))));
        as(b.operator());
        assertThrows(NotFoundException.class, () -> types.export("SKUA"), "an operator manages no types");
    }

    @Test
    void aResidentNotYetConfirmedWaitsForTheOperator() {
        People p = village();
        long newcomer = registered("Baru Datang", Fixtures.nik());
        as(newcomer);
        long id = submittedSkd("Baru pindah");
        assertEquals(
                LetterState.AWAITING_CONFIRMATION, requests.view(reference(id)).state());
        as(p.operator());
        assertEquals("letters.release.notConfirmed", key(() -> office.release(id)));
        as(p.admin());
        residentOffice.confirm(
                residents.ofAccount(newcomer).orElseThrow().getId(), ConfirmationMethod.DOCUMENT_SCAN, null);
        as(p.operator());
        office.release(id);
        assertEquals(LetterState.SUBMITTED, office.view(id).state());
    }

    @Test
    void badAnswersAndMissingDocumentsAreRefusedWithoutHalfSaving() {
        People p = village();
        as(p.resident());
        long draft = requests.start("SKD");
        assertEquals(draft, requests.start("SKD"), "a second start reopens the draft");
        assertEquals(
                "letters.answer.tooLong", key(() -> requests.saveAnswers(draft, Map.of("keperluan", "x".repeat(301)))));
        assertTrue(requests.draft(draft).answers().isEmpty(), "nothing half saved");
        assertEquals("letters.answer.required", key(() -> requests.submit(draft)));
        requests.saveAnswers(draft, Map.of("keperluan", "Sekolah"));
        assertEquals("letters.attachment.required", key(() -> requests.submit(draft)));
        assertEquals(
                "letters.attachment.empty",
                key(() -> requests.attach(draft, "ktp", new Upload("ktp.jpg", new byte[0]))));
        assertThrows(
                BusinessException.class,
                () -> requests.attach(draft, "ktp", new Upload("ktp.jpg", "bukan gambar".getBytes())));
        assertTrue(attachments.ofRequest(draft).isEmpty(), "a refused scan leaves nothing");
        assertEquals(
                "account.nik.format",
                key(() -> requests.saveSubject(
                        draft,
                        new ResidentRequests.SubjectChoice(
                                SubjectKind.OTHER, null, "Ibu", "12345", FamilyRelation.PARENT))));
    }

    @Inject
    LettersPersonalData lettersData;

    @Inject
    NotificationPersonalData notificationData;

    @Test
    void thePersonsLettersAreInTheirExportAndGoWithTheirAccount() {
        People p = village();
        as(p.resident());
        long id = submittedSkd("Data pribadi Siti");
        String reference = reference(id);
        var subject = new DataSubject(p.resident(), p.lv().village().residentEmail());
        String export = PersonalDataJson.write(lettersData.export(subject));
        assertTrue(export.contains(reference) && export.contains("Data pribadi Siti"), export);
        assertTrue(PersonalDataJson.write(notificationData.export(subject)).contains(reference));
        var other = new DataSubject(p.operator(), p.lv().operatorEmail());
        assertEquals(null, lettersData.export(other), "nobody else's");

        letterVillages.inTransaction(() -> {
            lettersData.erase(subject);
            notificationData.erase(subject);
        });
        as(p.operator());
        RequestView after = office.view(id);
        assertEquals(LetterState.CANCELLED, after.state(), "an open request is withdrawn");
        assertTrue(after.answers().stream().allMatch(a -> a.value().isEmpty()), "answers emptied");
        assertEquals(null, notificationData.export(subject));
    }

    @Test
    void theRegisterListsIssuedLettersByFilter() {
        People p = village();
        as(p.resident());
        long id = submittedSkd("Agenda");
        as(p.operator());
        office.check(id, null);
        as(p.secretary());
        office.verify(id, null);
        as(p.head());
        office.sign(id, p.password());
        var all = office.register(
                new LetterRequestRepository.RegisterFilter(null, null, null, null), PageRequest.first(20));
        assertEquals(1, all.total());
        assertNotNull(all.items().get(0).number());
        assertEquals(
                0,
                office.register(
                                new LetterRequestRepository.RegisterFilter("SKU", null, null, null),
                                PageRequest.first(20))
                        .total());
        assertEquals(
                0,
                office.register(
                                new LetterRequestRepository.RegisterFilter(
                                        null, Instant.now().plus(Duration.ofDays(1)), null, null),
                                PageRequest.first(20))
                        .total());
        office.recordPrint(id);
        assertEquals(1, office.printsOf(id).size());
        as(p.head());
        office.revoke(id, "Salah data");
        assertEquals(LetterState.REVOKED, office.view(id).state());
    }
}
