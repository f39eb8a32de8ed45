package id.portaldesa.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.account.Account;
import id.portaldesa.account.RegionalMembership;
import id.portaldesa.account.RegionalRoleService;
import id.portaldesa.account.Role;
import id.portaldesa.account.StaffMember;
import id.portaldesa.account.StaffService;
import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.notify.MailOutbox;
import id.portaldesa.platform.OnboardingService;
import id.portaldesa.platform.VillageAdminImport;
import id.portaldesa.platform.VillageAdminImport.RowResult;
import id.portaldesa.platform.VillageAdminInvitations;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.NotFoundException;
import id.portaldesa.shared.security.Permission;
import id.portaldesa.village.Village;
import id.portaldesa.village.VillageDirectory;
import id.portaldesa.village.VillageRef;
import id.portaldesa.village.VillageService;
import id.portaldesa.village.VillageStatus;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Like the cross-village suite, for regions: a regency admin of Merangin (15.02) sees, onboards,
 * suspends and invites only inside Merangin; a village of Kerinci (15.01) or of another province
 * (16) behaves exactly like one that does not exist. Viewers read and change nothing; a province
 * admin holds all its regencies; the platform admin holds everything.
 */
@ExtendWith(ArquillianExtension.class)
class CrossRegionIsolationIT {

    static final Locale ID = Locale.forLanguageTag("id");
    static final String MERANGIN = "15.02";
    static final String KERINCI = "15.01";
    static final String SUMSEL = "16";

    @Inject
    Fixtures fixtures;

    @Inject
    VillageService villages;

    @Inject
    VillageDirectory directory;

    @Inject
    OnboardingService onboarding;

    @Inject
    StaffService staff;

    @Inject
    VillageAdminInvitations adminInvitations;

    @Inject
    VillageAdminImport importer;

    @Inject
    RegionalRoleService regionalRoles;

    @Inject
    CurrentUser user;

    @Inject
    MailOutbox outbox;

    VillageRef inside;
    VillageRef neighbour;
    VillageRef farAway;

    @BeforeEach
    void villagesInThreeRegions() {
        inside = fixtures.freshVillageIn(MERANGIN);
        neighbour = fixtures.freshVillageIn(KERINCI);
        farAway = fixtures.freshVillageIn(SUMSEL);
    }

    @Test
    void regencyAdminSeesAndChangesOnlyTheVillagesOfTheirRegency() {
        fixtures.actAs(fixtures.regional(Role.REGENCY_ADMIN, MERANGIN));

        Set<String> listed = codes(villages.listVisible());
        assertTrue(listed.contains(inside.code()));
        assertFalse(listed.contains(neighbour.code()), "no village of Kerinci");
        assertFalse(listed.contains(farAway.code()), "no village of another province");
        assertTrue(listed.stream().allMatch(c -> c.startsWith("15.02.")), listed.toString());
        assertEquals(inside.id(), villages.requireVisible(inside.id()).id());

        for (VillageRef outside : List.of(neighbour, farAway)) {
            assertThrows(NotFoundException.class, () -> villages.requireVisible(outside.id()));
            assertTrue(villages.visibleByCode(outside.code()).isEmpty());
            assertThrows(NotFoundException.class, () -> villages.suspend(outside.id()));
            assertThrows(NotFoundException.class, () -> villages.activate(outside.id()));
            assertEquals(
                    VillageStatus.ACTIVE,
                    directory.byId(outside.id()).orElseThrow().status(),
                    "untouched");
            String invitee = Fixtures.email("penyusup");
            assertThrows(NotFoundException.class, () -> staff.inviteVillageAdmin(outside, invitee, false, null, ID));
            assertEquals(
                    "regency.row.outside",
                    assertThrows(
                                    BusinessException.class,
                                    () -> adminInvitations.invite(outside.code(), null, invitee, true, null, ID))
                            .getMessageKey());
            assertTrue(outbox.to(invitee).isEmpty(), "no invitation was sent");
        }
        // Another region's id answers exactly like an id that does not exist.
        assertThrows(NotFoundException.class, () -> villages.suspend(Long.MAX_VALUE));

        String kerinciCode = fixtures.freshCodeIn(KERINCI);
        assertThrows(
                NotFoundException.class,
                () -> onboarding.onboard(kerinciCode, "penyusup-" + System.nanoTime(), null, "x@it.test", null, ID));
        assertFalse(villages.isOnboarded(kerinciCode));

        villages.suspend(inside.id());
        assertEquals(
                VillageStatus.SUSPENDED,
                directory.byId(inside.id()).orElseThrow().status());
        villages.activate(inside.id());
        String meranginCode = fixtures.freshCodeIn(MERANGIN);
        assertEquals(
                "village.domain.platformOnly",
                assertThrows(
                                BusinessException.class,
                                () -> onboarding.onboard(
                                        meranginCode, "domainku", "127.0.0.1", Fixtures.email("a"), null, ID))
                        .getMessageKey(),
                "a region may not decide which host serves a village (the platform's own, for one)");
        assertFalse(villages.isOnboarded(meranginCode));
        VillageRef onboarded = onboarding.onboard(
                meranginCode, villages.suggestSlug(meranginCode), null, Fixtures.email("admin"), null, ID);
        assertEquals(meranginCode, onboarded.code());
        String admin = Fixtures.email("admin-baru");
        staff.inviteVillageAdmin(inside, admin, false, null, ID);
        assertEquals(1, outbox.to(admin).size());
    }

    @Test
    void viewerReadsTheRegionButChangesNothing() {
        fixtures.actAs(fixtures.regional(Role.REGENCY_VIEWER, MERANGIN));
        assertTrue(user.can(Permission.VIEW_REGENCY));
        assertFalse(user.can(Permission.ONBOARD_VILLAGES));
        assertFalse(user.can(Permission.MANAGE_VILLAGE_ADMINS));

        assertTrue(codes(villages.listVisible()).contains(inside.code()));
        assertFalse(codes(villages.listVisible()).contains(neighbour.code()));
        assertEquals(inside.id(), villages.requireVisible(inside.id()).id());
        assertThrows(NotFoundException.class, () -> villages.suspend(inside.id()));
        String code = fixtures.freshCodeIn(MERANGIN);
        assertThrows(
                NotFoundException.class,
                () -> onboarding.onboard(code, "pemantau-" + System.nanoTime(), null, "x@it.test", null, ID));
        String invitee = Fixtures.email("lewat-pemantau");
        assertThrows(NotFoundException.class, () -> staff.inviteVillageAdmin(inside, invitee, false, null, ID));
        assertEquals(
                "regency.row.outside",
                assertThrows(
                                BusinessException.class,
                                () -> adminInvitations.invite(inside.code(), null, invitee, false, null, ID))
                        .getMessageKey());
        assertTrue(outbox.to(invitee).isEmpty());
        assertEquals(
                VillageStatus.ACTIVE, directory.byId(inside.id()).orElseThrow().status());
        assertFalse(villages.isOnboarded(code));
    }

    @Test
    void provinceAdminHoldsEveryRegencyOfTheProvinceOnly() {
        fixtures.actAs(fixtures.regional(Role.REGENCY_ADMIN, "15"));
        villages.suspend(inside.id());
        villages.suspend(neighbour.id());
        assertThrows(NotFoundException.class, () -> villages.suspend(farAway.id()));
        assertEquals(
                VillageStatus.ACTIVE, directory.byId(farAway.id()).orElseThrow().status());
        Set<String> listed = codes(villages.listVisible());
        assertTrue(listed.containsAll(Set.of(inside.code(), neighbour.code())));
        assertFalse(listed.contains(farAway.code()));
    }

    @Test
    void platformAdminMayDoAllEverywhereAndNobodyElseSeesAnything() {
        fixtures.actAs(fixtures.platformAdmin());
        String somewhere = fixtures.freshCodeIn(MERANGIN);
        assertEquals(
                "village.domain.platform",
                assertThrows(
                                BusinessException.class,
                                () -> onboarding.onboard(
                                        somewhere, "platformku", "127.0.0.1", Fixtures.email("a"), null, ID))
                        .getMessageKey(),
                "not even the platform admin puts a village on the platform's own host");
        assertTrue(codes(villages.listVisible()).containsAll(Set.of(inside.code(), neighbour.code(), farAway.code())));
        villages.suspend(farAway.id());
        villages.activate(farAway.id());
        staff.inviteVillageAdmin(farAway, Fixtures.email("admin-sumsel"), false, null, ID);

        fixtures.actAs(fixtures.person("tanpa-peran"));
        assertTrue(villages.listVisible().isEmpty());
        assertFalse(user.can(Permission.VIEW_REGENCY));
        assertThrows(NotFoundException.class, () -> villages.suspend(inside.id()));
        assertThrows(NotFoundException.class, () -> villages.requireVisible(inside.id()));
    }

    @Test
    void onlyThePlatformAdminGrantsRegionalRolesAndARevokedRoleEndsAtOnce() {
        Account regencyAdmin = fixtures.regional(Role.REGENCY_ADMIN, MERANGIN);
        Account someone = fixtures.person("calon-pemantau");
        fixtures.actAs(regencyAdmin);
        assertThrows(
                NotFoundException.class, () -> regionalRoles.grant(someone.getEmail(), Role.REGENCY_ADMIN, KERINCI));
        assertThrows(NotFoundException.class, () -> regionalRoles.active());

        fixtures.actAs(fixtures.platformAdmin());
        assertEquals("regency.grant.region", grantError(someone.getEmail(), Role.REGENCY_VIEWER, "15.02.02"));
        assertEquals("regency.grant.region", grantError(someone.getEmail(), Role.REGENCY_VIEWER, "99"));
        assertEquals("regency.grant.noAccount", grantError(Fixtures.email("belum-ada"), Role.REGENCY_VIEWER, MERANGIN));
        assertEquals("regency.grant.role", grantError(someone.getEmail(), Role.VILLAGE_ADMIN, MERANGIN));
        RegionalMembership granted = regionalRoles.grant(someone.getEmail(), Role.REGENCY_VIEWER, KERINCI);
        assertEquals("regency.grant.held", grantError(someone.getEmail(), Role.REGENCY_VIEWER, KERINCI));
        assertTrue(regionalRoles.active().stream().anyMatch(g -> g.id() == granted.getId()));

        fixtures.actAs(someone);
        assertTrue(codes(villages.listVisible()).contains(neighbour.code()));
        assertFalse(codes(villages.listVisible()).contains(inside.code()));

        fixtures.actAs(fixtures.platformAdmin());
        regionalRoles.revoke(granted.getId());
        assertThrows(NotFoundException.class, () -> regionalRoles.revoke(granted.getId()), "revoked once");
        fixtures.actAs(someone);
        assertTrue(villages.listVisible().isEmpty(), "the next request sees no region");
    }

    @Test
    void csvInvitesGoodRowsReportsBadOnesAndDoesNothingOutsideTheRegion() {
        Account regencyAdmin = fixtures.regional(Role.REGENCY_ADMIN, MERANGIN);
        fixtures.actAs(fixtures.platformAdmin());
        String existingAdmin = Fixtures.email("admin-lama");
        acceptedAdmin(inside, existingAdmin);
        fixtures.actAs(regencyAdmin);

        String good = Fixtures.email("baik");
        String onboardedToo = Fixtures.email("desa-baru");
        String wrongName = Fixtures.email("nama-salah");
        String outsider = Fixtures.email("kerinci");
        String notOnboardedOutside = Fixtures.email("kerinci-baru");
        String newMeranginCode = fixtures.freshCodeIn(MERANGIN);
        String newKerinciCode = fixtures.freshCodeIn(KERINCI);
        String file = String.join(
                "\n",
                "kode;nama;surel",
                inside.code() + ";" + inside.name().toUpperCase(Locale.ROOT) + ";" + good,
                newMeranginCode + ";;" + onboardedToo,
                inside.code() + ";Bukan Desa Ini;" + wrongName,
                inside.code() + ";;bukan-surel",
                neighbour.code() + ";" + neighbour.name() + ";" + outsider,
                newKerinciCode + ";;" + notOnboardedOutside,
                "15.02.99.9999;;x@it.test",
                inside.code() + ";;" + good.toUpperCase(Locale.ROOT),
                inside.code() + ";" + inside.name(),
                inside.code() + ";;" + existingAdmin,
                "15.02;;y@it.test");
        List<RowResult> results = importer.importFile(file.getBytes(StandardCharsets.UTF_8), false, null, ID);

        assertEquals(
                List.of(
                        "regency.row.invited",
                        "regency.row.onboarded_and_invited",
                        "regency.row.name",
                        "regency.row.email",
                        "regency.row.outside",
                        "regency.row.outside",
                        "regency.row.unknown",
                        "regency.row.duplicate",
                        "regency.csv.row.columns",
                        "account.invite.alreadyStaff",
                        "regency.row.code"),
                results.stream().map(RowResult::messageKey).toList());
        assertEquals(
                List.of(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12),
                results.stream().map(RowResult::line).toList());
        assertEquals(2, results.stream().filter(RowResult::done).count());

        assertEquals(1, outbox.to(good).size());
        assertEquals(1, outbox.to(onboardedToo).size());
        assertTrue(villages.isOnboarded(newMeranginCode));
        assertTrue(outbox.to(wrongName).isEmpty());
        assertTrue(outbox.to(outsider).isEmpty(), "nothing for the neighbouring regency");
        assertTrue(outbox.to(notOnboardedOutside).isEmpty());
        assertFalse(villages.isOnboarded(newKerinciCode), "nothing onboarded outside");
        fixtures.actAs(fixtures.platformAdmin());
        fixtures.actFor(neighbour);
        assertTrue(staff.pendingInvitations().isEmpty(), "no invitation was stored in Kerinci");
        fixtures.actFor(inside);
        assertEquals(
                Set.of(good),
                staff.pendingInvitations().stream().map(i -> i.getEmail()).collect(Collectors.toSet()));
    }

    @Test
    void aReplacingAdminRevokesTheOldAdminsWhenAcceptingAndNotBefore() {
        fixtures.actAs(fixtures.regional(Role.REGENCY_ADMIN, MERANGIN));
        String old = Fixtures.email("admin-lama");
        String second = Fixtures.email("admin-kedua");
        acceptedAdmin(inside, old);
        acceptedAdmin(inside, second);
        assertEquals(Set.of(old, second), adminsOf(inside), "a plain invitation adds an admin");

        String replacement = Fixtures.email("admin-pengganti");
        staff.inviteVillageAdmin(inside, replacement, true, null, ID);
        assertEquals(Set.of(old, second), adminsOf(inside), "the old admins work until it is accepted");

        fixtures.actFor(inside);
        staff.accept(Fixtures.tokenFromLastMailTo(outbox, replacement), "Admin Pengganti", "kata-sandi-baru");
        assertEquals(Set.of(replacement), adminsOf(inside));
    }

    void acceptedAdmin(VillageRef village, String email) {
        staff.inviteVillageAdmin(village, email, false, null, ID);
        fixtures.actFor(village);
        staff.accept(Fixtures.tokenFromLastMailTo(outbox, email), "Admin", "kata-sandi-baru");
    }

    Set<String> adminsOf(VillageRef village) {
        fixtures.actFor(village);
        return staff.staff().stream()
                .filter(m -> m.role() == Role.VILLAGE_ADMIN)
                .map(StaffMember::email)
                .collect(Collectors.toSet());
    }

    String grantError(String email, Role role, String region) {
        return assertThrows(BusinessException.class, () -> regionalRoles.grant(email, role, region))
                .getMessageKey();
    }

    static Set<String> codes(List<Village> list) {
        return list.stream().map(Village::getCode).collect(Collectors.toSet());
    }
}
