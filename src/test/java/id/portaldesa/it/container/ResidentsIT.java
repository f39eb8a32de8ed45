package id.portaldesa.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.account.AccountRepository;
import id.portaldesa.account.ConfirmationMethod;
import id.portaldesa.account.FamilyRelation;
import id.portaldesa.account.MaritalStatus;
import id.portaldesa.account.MembershipRepository;
import id.portaldesa.account.NewFamilyMember;
import id.portaldesa.account.PersonalData;
import id.portaldesa.account.PersonalDataService;
import id.portaldesa.account.Position;
import id.portaldesa.account.Registration;
import id.portaldesa.account.RegistrationService;
import id.portaldesa.account.Religion;
import id.portaldesa.account.ResidentDataService;
import id.portaldesa.account.ResidentOfficeService;
import id.portaldesa.account.ResidentRepository;
import id.portaldesa.account.ResidentState;
import id.portaldesa.account.ResidentStatus;
import id.portaldesa.account.Role;
import id.portaldesa.account.Sex;
import id.portaldesa.account.StaffService;
import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.notify.MailOutbox;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.NotFoundException;
import id.portaldesa.shared.paging.PageRequest;
import id.portaldesa.shared.paging.Slice;
import id.portaldesa.shared.persistence.PortalDataSource;
import id.portaldesa.shared.security.Permission;
import id.portaldesa.village.VillageRef;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Residents' own data and the staff's work on residents, on the real database, acting as each
 * person in turn: data stored encrypted, confirmation with who and when, NIK correction and NIK
 * disputes, paging and search, permissions, and village B's staff seeing and changing nothing of A.
 */
@ExtendWith(ArquillianExtension.class)
class ResidentsIT {

    static final Locale ID = Locale.forLanguageTag("id");
    static final PersonalData DATA = new PersonalData(
            "Jl. Lintas Sumatera No. 5",
            "Dusun Mekar",
            "003",
            "01",
            "Bangko",
            LocalDate.of(1990, 7, 1),
            Sex.FEMALE,
            Religion.ISLAM,
            MaritalStatus.MARRIED,
            "Petani");

    @Inject
    Fixtures fixtures;

    @Inject
    StaffService staff;

    @Inject
    RegistrationService registrations;

    @Inject
    ResidentDataService myData;

    @Inject
    ResidentOfficeService office;

    @Inject
    ResidentRepository residents;

    @Inject
    MembershipRepository memberships;

    @Inject
    AccountRepository accounts;

    @Inject
    CurrentUser user;

    @Inject
    ResidentStatus residentStatus;

    @Inject
    MailOutbox outbox;

    @Inject
    PersonalDataService personalData;

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    DataSource dataSource;

    /** A staff member of the village acted for, through invitation and acceptance. */
    long staffMember(Role role, Position position) {
        return fixtures.staffOfCurrentVillage(role, position, "Petugas " + role).getId();
    }

    /** A registered, email-confirmed resident of the village acted for: its account id. */
    long resident(String name, String nik) {
        String email = Fixtures.email("warga");
        registrations.register(new Registration(name, email, "rahasia-sekali", nik, Fixtures.kk()), ID);
        registrations.confirm(Fixtures.tokenFromLastMailTo(outbox, email));
        return accounts.findByEmail(email).orElseThrow().getId();
    }

    long residentId(long accountId) {
        return residents.ofAccount(accountId).orElseThrow().getId();
    }

    void as(VillageRef village, long accountId) {
        fixtures.actFor(village);
        user.actAs(accountId);
    }

    Slice<ResidentOfficeService.Summary> search(String text) {
        return office.list(PageRequest.first(20).searching(text), ResidentRepository.Filter.ALL);
    }

    @Test
    void ownDataAndFamilyAreSavedWithEveryNikEncrypted() throws Exception {
        VillageRef village = fixtures.freshVillage();
        fixtures.actFor(village);
        String nik = Fixtures.nik();
        String childNik = Fixtures.nik();
        long warga = resident("Siti Aminah", nik);

        as(village, warga);
        myData.save(DATA);
        myData.addFamilyMember(new NewFamilyMember("Budi", childNik, FamilyRelation.CHILD, LocalDate.of(2015, 3, 4)));
        assertEquals(
                "resident.family.duplicate",
                assertThrows(
                                BusinessException.class,
                                () -> myData.addFamilyMember(
                                        new NewFamilyMember("Budi lagi", childNik, FamilyRelation.CHILD, null)))
                        .getMessageKey());
        assertEquals(
                "account.nik.format",
                assertThrows(
                                BusinessException.class,
                                () -> myData.addFamilyMember(
                                        new NewFamilyMember("Salah", "123", FamilyRelation.CHILD, null)))
                        .getMessageKey());

        ResidentDataService.MyData mine = myData.mine();
        assertEquals(DATA, mine.personal());
        assertEquals(1, mine.family().size());
        assertEquals("Budi", mine.family().get(0).name());
        assertFalse(mine.family().get(0).maskedNik().contains(childNik.substring(4, 12)), "masked for the resident");
        assertFalse(mine.confirmed());

        long residentId = residentId(warga);
        for (String nikValue : List.of(nik, childNik)) {
            assertFalse(rowsContain("resident", "id", residentId, nikValue), "no plain NIK in resident");
            assertFalse(
                    rowsContain("resident_family_member", "resident_id", residentId, nikValue),
                    "no plain NIK in family members");
        }
    }

    @Test
    void anOperatorConfirmsOnceWithWhoAndWhenAndLaterEditsAskForAnotherLook() {
        VillageRef village = fixtures.freshVillage();
        fixtures.actFor(village);
        long operator = staffMember(Role.OFFICIAL, Position.OPERATOR);
        long warga = resident("Rahmat", Fixtures.nik());
        long id = residentId(warga);

        as(village, warga);
        assertFalse(residentStatus.isConfirmedResident());
        assertEquals(
                "resident.confirmation.required",
                assertThrows(BusinessException.class, residentStatus::requireConfirmed)
                        .getMessageKey());

        as(village, operator);
        assertEquals(
                1,
                office.list(PageRequest.first(20), ResidentRepository.Filter.TO_CONFIRM)
                        .total());
        office.confirm(id, ConfirmationMethod.COUNTER, "KTP asli dilihat");
        ResidentOfficeService.Details details = office.details(id);
        assertTrue(details.confirmed());
        assertNotNull(details.confirmedAt());
        assertEquals("Petugas OFFICIAL", details.confirmedBy());
        assertEquals(ConfirmationMethod.COUNTER, details.confirmationMethod());
        assertEquals(operator, residents.find(id).orElseThrow().getConfirmedBy());
        assertEquals(
                0,
                office.list(PageRequest.first(20), ResidentRepository.Filter.TO_CONFIRM)
                        .total());

        as(village, warga);
        assertTrue(residentStatus.isConfirmedResident());
        residentStatus.requireConfirmed();
        myData.save(DATA);
        assertTrue(myData.mine().changedSinceConfirmation());
        assertTrue(residentStatus.isConfirmedResident(), "identity stays confirmed: NIK and KK did not change");

        as(village, operator);
        assertTrue(office.details(id).changedSinceConfirmation());
        assertEquals(
                1,
                office.list(PageRequest.first(20), ResidentRepository.Filter.TO_CONFIRM)
                        .total());
        office.confirm(id, ConfirmationMethod.DOCUMENT_SCAN, "a".repeat(300)); // the longest note the form takes
        assertFalse(office.details(id).changedSinceConfirmation());
    }

    @Test
    void aMistypedNikIsCorrectedReencryptedAndStaysUniqueInTheVillage() throws Exception {
        VillageRef village = fixtures.freshVillage();
        fixtures.actFor(village);
        long admin = staffMember(Role.VILLAGE_ADMIN, null);
        String typo = Fixtures.nik();
        String otherNik = Fixtures.nik();
        long warga = resident("Salah Ketik", typo);
        resident("Tetangga", otherNik);
        long id = residentId(warga);

        as(village, admin);
        office.confirm(id, ConfirmationMethod.COUNTER, null);
        String right = Fixtures.nik();
        assertEquals(
                "resident.nik.takenByOther",
                assertThrows(BusinessException.class, () -> office.correctNik(id, otherNik, null))
                        .getMessageKey());
        assertEquals(
                "account.nik.format",
                assertThrows(BusinessException.class, () -> office.correctNik(id, "1502", null))
                        .getMessageKey());
        assertEquals(
                "resident.nik.same",
                assertThrows(BusinessException.class, () -> office.correctNik(id, typo, null))
                        .getMessageKey());
        office.correctNik(id, right, "salah ketik saat daftar");

        ResidentOfficeService.Details details = office.details(id);
        assertEquals(right, details.nik(), "processing staff see the full NIK");
        assertTrue(details.changedSinceConfirmation(), "a new NIK needs a new confirmation");
        assertEquals(1, search(right).total());
        assertEquals(id, search(right).items().get(0).id());
        assertEquals(0, search(typo).total());
        assertFalse(rowsContain("resident", "id", id, right));
        assertFalse(rowsContain("resident_change", "resident_id", id, right), "the history names no NIK");
        assertFalse(rowsContain("resident_change", "resident_id", id, typo));
    }

    @Test
    void aNikRegisteredByTheWrongPersonGoesToItsOwner() {
        VillageRef village = fixtures.freshVillage();
        fixtures.actFor(village);
        long operator = staffMember(Role.OFFICIAL, Position.OPERATOR);
        String nik = Fixtures.nik();
        long squatter = resident("Penyerobot", nik);
        long owner = resident("Pemilik Asli", Fixtures.nik());
        long squatterId = residentId(squatter);
        long ownerId = residentId(owner);
        String ownerEmail = accounts.find(owner).orElseThrow().getEmail();

        as(village, operator);
        assertEquals(
                "resident.dispute.nikMismatch",
                assertThrows(
                                BusinessException.class,
                                () -> office.resolveNikConflict(
                                        squatterId, Fixtures.nik(), ownerId, ConfirmationMethod.COUNTER, null))
                        .getMessageKey());
        assertEquals(ResidentState.ACTIVE, office.details(squatterId).state(), "nothing changed");

        office.resolveNikConflict(
                squatterId,
                nik,
                office.residentWithEmail(ownerEmail).orElseThrow(),
                ConfirmationMethod.COUNTER,
                "KTP asli diperiksa");

        ResidentOfficeService.Details gaveUp = office.details(squatterId);
        assertEquals(ResidentState.DISPUTED, gaveUp.state());
        assertNull(gaveUp.nik());
        assertFalse(gaveUp.confirmed());
        ResidentOfficeService.Details received = office.details(ownerId);
        assertEquals(nik, received.nik());
        assertTrue(received.confirmed());
        assertEquals(ownerId, search(nik).items().get(0).id());
        assertEquals(1, search(nik).total());
        assertTrue(memberships.activeOf(squatter).stream().noneMatch(m -> m.getRole() == Role.RESIDENT));
        assertEquals(
                "resident.enable.noNik",
                assertThrows(BusinessException.class, () -> office.enable(squatterId))
                        .getMessageKey());

        as(village, squatter);
        assertFalse(user.can(Permission.USE_RESIDENT_SERVICES), "the squatter lost access at once");
        assertThrows(NotFoundException.class, myData::mine);
    }

    @Test
    void aDisabledResidentLosesAccessOnTheNextRequestAndGetsItBack() {
        VillageRef village = fixtures.freshVillage();
        fixtures.actFor(village);
        long admin = staffMember(Role.VILLAGE_ADMIN, null);
        long warga = resident("Dinonaktifkan", Fixtures.nik());
        long id = residentId(warga);

        as(village, admin);
        office.confirm(id, ConfirmationMethod.DOCUMENT_SCAN, null);
        office.disable(id, "pindah domisili");
        assertEquals(
                1,
                office.list(PageRequest.first(20), ResidentRepository.Filter.WITHOUT_ACCESS)
                        .total());

        as(village, warga);
        assertFalse(user.can(Permission.USE_RESIDENT_SERVICES));
        assertFalse(residentStatus.isConfirmedResident());

        as(village, admin);
        office.enable(id);
        as(village, warga);
        assertTrue(user.can(Permission.USE_RESIDENT_SERVICES));
        assertTrue(residentStatus.isConfirmedResident());
    }

    @Test
    void theListIsPagedAndSearchedInTheDatabase() {
        VillageRef village = fixtures.freshVillage();
        fixtures.actFor(village);
        long admin = staffMember(Role.VILLAGE_ADMIN, null);
        String tag = "Zq" + UUID.randomUUID().toString().substring(0, 6);
        List<String> niks = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String nik = Fixtures.nik();
            niks.add(nik);
            resident(tag + " Warga " + i, nik);
        }
        resident("Orang Lain", Fixtures.nik());

        as(village, admin);
        Slice<ResidentOfficeService.Summary> first = office.list(
                new PageRequest(0, 2, Optional.of("name"), true, Optional.of(tag.toLowerCase(Locale.ROOT))),
                ResidentRepository.Filter.ALL);
        assertEquals(5, first.total());
        assertEquals(2, first.items().size());
        assertEquals(tag + " Warga 0", first.items().get(0).name());
        assertTrue(first.hasNext());
        Slice<ResidentOfficeService.Summary> last = office.list(
                new PageRequest(4, 2, Optional.of("name"), true, Optional.of(tag)), ResidentRepository.Filter.ALL);
        assertEquals(1, last.items().size());
        assertEquals(tag + " Warga 4", last.items().get(0).name());
        assertFalse(last.hasNext());
        assertEquals(
                6,
                office.list(PageRequest.first(50), ResidentRepository.Filter.ALL)
                        .total());

        Slice<ResidentOfficeService.Summary> byNik = search(niks.get(3));
        assertEquals(1, byNik.total());
        assertEquals(tag + " Warga 3", byNik.items().get(0).name());
        assertFalse(byNik.items().get(0).maskedNik().contains(niks.get(3)), "the list shows NIKs masked");
        assertEquals(1, search("orang lain").total());
        assertEquals(6, search("@it.test").total(), "email matches too");
        assertEquals(0, search("100%").total(), "LIKE wildcards are plain text");
    }

    @Test
    void staffWithoutManageResidentsIsRefused() {
        VillageRef village = fixtures.freshVillage();
        fixtures.actFor(village);
        long kaur = staffMember(Role.OFFICIAL, Position.KAUR);
        long warga = resident("Warga", Fixtures.nik());
        long id = residentId(warga);

        for (long who : List.of(kaur, warga)) {
            as(village, who);
            assertThrows(NotFoundException.class, () -> search(""));
            assertThrows(NotFoundException.class, () -> office.details(id));
            assertThrows(NotFoundException.class, () -> office.confirm(id, ConfirmationMethod.COUNTER, null));
            assertThrows(NotFoundException.class, () -> office.disable(id, null));
            assertThrows(NotFoundException.class, () -> office.correctNik(id, Fixtures.nik(), null));
        }
        as(village, warga);
        assertFalse(myData.mine().confirmed());
        assertNull(residents.find(id).orElseThrow().getConfirmedAt());
    }

    @Test
    void villageBsStaffCanNeitherSeeNorChangeVillageAsResidents() throws Exception {
        VillageRef a = fixtures.freshVillage();
        VillageRef b = fixtures.freshVillage();
        fixtures.actFor(a);
        String nikA = Fixtures.nik();
        long wargaA = resident("Warga A", nikA);
        long idA = residentId(wargaA);
        as(a, wargaA);
        myData.addFamilyMember(new NewFamilyMember("Anak A", Fixtures.nik(), FamilyRelation.CHILD, null));
        long memberA = myData.mine().family().get(0).id();

        fixtures.actFor(b);
        long adminB = staffMember(Role.VILLAGE_ADMIN, null);
        long wargaB = resident("Warga B", Fixtures.nik());
        as(b, adminB);
        assertEquals(1, search("").total(), "B lists only its own resident");
        assertEquals(0, search(nikA).total(), "A's NIK is not found from B");
        assertEquals(0, search("Warga A").total());
        assertTrue(office.residentWithEmail(accounts.find(wargaA).orElseThrow().getEmail())
                .isEmpty());
        assertThrows(NotFoundException.class, () -> office.details(idA));
        assertThrows(NotFoundException.class, () -> office.confirm(idA, ConfirmationMethod.COUNTER, null));
        assertThrows(NotFoundException.class, () -> office.disable(idA, null));
        assertThrows(NotFoundException.class, () -> office.enable(idA));
        assertThrows(NotFoundException.class, () -> office.correctNik(idA, Fixtures.nik(), null));
        assertThrows(
                NotFoundException.class,
                () -> office.resolveNikConflict(idA, nikA, null, ConfirmationMethod.COUNTER, null));
        long idB = residentId(wargaB);
        assertThrows(
                NotFoundException.class,
                () -> office.resolveNikConflict(idB, nikA, idA, ConfirmationMethod.COUNTER, null));
        as(b, wargaB);
        assertThrows(NotFoundException.class, () -> myData.removeFamilyMember(memberA));

        fixtures.actFor(a);
        long adminA = staffMember(Role.VILLAGE_ADMIN, null);
        as(a, adminA);
        ResidentOfficeService.Details untouched = office.details(idA);
        assertEquals(nikA, untouched.nik());
        assertEquals(ResidentState.ACTIVE, untouched.state());
        assertFalse(untouched.confirmed());
        assertEquals(1, untouched.family().size());
        assertTrue(untouched.changes().isEmpty());
    }

    @Test
    void aResidentCannotRemoveAnotherResidentsFamilyMember() {
        VillageRef village = fixtures.freshVillage();
        fixtures.actFor(village);
        long one = resident("Satu", Fixtures.nik());
        long two = resident("Dua", Fixtures.nik());
        as(village, one);
        myData.addFamilyMember(new NewFamilyMember("Istri Satu", Fixtures.nik(), FamilyRelation.WIFE, null));
        long member = myData.mine().family().get(0).id();
        as(village, two);
        assertThrows(NotFoundException.class, () -> myData.removeFamilyMember(member));
        as(village, one);
        assertEquals(1, myData.mine().family().size());
    }

    @Test
    void ownDataIsInThePersonalDataExportAndErasedWithTheAccount() throws Exception {
        VillageRef village = fixtures.freshVillage();
        fixtures.actFor(village);
        long admin = staffMember(Role.VILLAGE_ADMIN, null);
        long warga = resident("Akan Dihapus", Fixtures.nik());
        long id = residentId(warga);
        String childNik = Fixtures.nik();
        as(village, warga);
        myData.save(DATA);
        myData.addFamilyMember(new NewFamilyMember("Anak", childNik, FamilyRelation.CHILD, null));

        String json = personalData.export(warga, "rahasia-sekali");
        assertTrue(json.contains("\"residentData\""), json);
        assertTrue(json.contains("Petani"), json);
        assertTrue(json.contains(childNik), "the person's own download holds the family NIK");

        personalData.deleteAccount(warga, "rahasia-sekali");
        assertFalse(rowsContain("resident", "id", id, "Petani"));
        assertFalse(rowsContain("resident", "id", id, "Jl. Lintas"));
        try (Connection c = dataSource.getConnection();
                PreparedStatement st =
                        c.prepareStatement("SELECT count(*) FROM resident_family_member WHERE resident_id = ?")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                assertEquals(0, rs.getInt(1));
            }
        }

        as(village, admin);
        assertEquals(1, search("").total(), "the list still reads the erased record");
        ResidentOfficeService.Details erased = office.details(id);
        assertNull(erased.nik());
        assertEquals(ResidentState.DISABLED, erased.state());
        assertThrows(BusinessException.class, () -> office.confirm(id, ConfirmationMethod.COUNTER, null));
    }

    /** Whether any column of the selected rows holds the value in plain text. */
    boolean rowsContain(String table, String column, long id, String value) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT * FROM " + table + " WHERE " + column + " = ?")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                boolean anyRow = false;
                while (rs.next()) {
                    anyRow = true;
                    for (int i = 1; i <= columns; i++) {
                        String cell = rs.getString(i);
                        if (cell != null && cell.contains(value)) {
                            return true;
                        }
                    }
                }
                if (!anyRow) {
                    throw new AssertionError("no row in " + table + " for " + id);
                }
                return false;
            }
        }
    }
}
