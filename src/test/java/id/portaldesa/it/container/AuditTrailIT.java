package id.portaldesa.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.account.Account;
import id.portaldesa.account.AuditActions;
import id.portaldesa.account.AuditEntry;
import id.portaldesa.account.AuditRepository;
import id.portaldesa.account.AuditTrail;
import id.portaldesa.account.Invitation;
import id.portaldesa.account.MembershipRepository;
import id.portaldesa.account.Position;
import id.portaldesa.account.Role;
import id.portaldesa.account.StaffService;
import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.notify.MailOutbox;
import id.portaldesa.platform.OnboardingService;
import id.portaldesa.shared.NotFoundException;
import id.portaldesa.shared.paging.PageRequest;
import id.portaldesa.shared.paging.Slice;
import id.portaldesa.site.SiteProfile;
import id.portaldesa.site.SiteService;
import id.portaldesa.village.VillageRef;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Staff actions land in their village's audit log with the actor; no village reads another's. */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    static final Locale ID = Locale.forLanguageTag("id");

    @Inject
    Fixtures fixtures;

    @Inject
    StaffService staff;

    @Inject
    AuditTrail audit;

    @Inject
    AuditRepository log;

    @Inject
    MailOutbox outbox;

    @Inject
    OnboardingService onboarding;

    @Inject
    SiteService profiles;

    @Inject
    CurrentUser currentUser;

    @Inject
    MembershipRepository memberships;

    @Test
    void staffActionsAreRecordedWithTheirActorAsTheyHappened() {
        VillageRef village = fixtures.freshVillage();
        fixtures.actFor(village);
        Account admin = adminOf(village, "Ibu Admin");
        currentUser.actAs(admin.getId());
        String sekdes = Fixtures.email("sekdes");
        Invitation invitation = staff.invite(sekdes, Role.OFFICIAL, Position.SECRETARY, admin.getId(), ID);
        staff.revokeInvitation(invitation.getId());
        profiles.updateProfile(new SiteProfile("Desa yang maju", null, null, null, "#336699"));
        fixtures.actAs(fixtures.platformAdmin());
        onboarding.suspend(village.id());
        onboarding.reactivate(village.id());
        currentUser.actAs(admin.getId());
        String kaur = Fixtures.email("kaur");
        staff.invite(kaur, Role.OFFICIAL, Position.KAUR, admin.getId(), ID);
        Account kaurAccount = staff.accept(Fixtures.tokenFromLastMailTo(outbox, kaur), "Pak Kaur", "kata-sandi-kaur");
        staff.revokeMembership(memberships.activeOf(kaurAccount.getId()).get(0).getId());

        List<AuditEntry> newestFirst =
                log.page(PageRequest.first(20), Optional.empty()).items();
        assertEquals(
                List.of(
                        AuditActions.MEMBERSHIP_REVOKED,
                        AuditActions.INVITATION_ACCEPTED,
                        AuditActions.STAFF_INVITED,
                        AuditActions.VILLAGE_REACTIVATED,
                        AuditActions.VILLAGE_SUSPENDED,
                        AuditActions.PROFILE_CHANGED,
                        AuditActions.INVITATION_REVOKED,
                        AuditActions.STAFF_INVITED,
                        AuditActions.INVITATION_ACCEPTED,
                        AuditActions.STAFF_INVITED),
                newestFirst.stream().map(AuditEntry::getAction).toList());
        AuditEntry revoked = newestFirst.get(0);
        assertEquals("Ibu Admin", revoked.getActorName(), "the logged-in admin revoked");
        assertEquals(kaur, revoked.getSubject());
        assertEquals("Pak Kaur", newestFirst.get(1).getActorName(), "the person who accepted acted");
        assertEquals("Ibu Admin", newestFirst.get(5).getActorName(), "the profile was changed by the admin");
        AuditEntry invited = newestFirst.get(7);
        assertEquals(admin.getId(), invited.getActorAccountId());
        assertEquals("Ibu Admin", invited.getActorName());
        assertEquals(sekdes, invited.getSubject());
        assertEquals("Sekretaris desa (sekdes)", invited.getDetail(), "the role as it was, in the village's language");
        assertEquals("Ibu Admin", newestFirst.get(6).getActorName(), "the admin cancelled it");
        assertEquals("Ibu Admin", newestFirst.get(8).getActorName(), "the admin accepted their own invitation");
        assertEquals("Admin Platform", newestFirst.get(9).getActorName(), "the platform invited the first admin");
        assertTrue(newestFirst.stream().allMatch(e -> e.belongsTo(village.id())));
    }

    @Test
    void villageBsAdminSeesNothingOfVillageAsLog() {
        VillageRef a = fixtures.freshVillage();
        VillageRef b = fixtures.freshVillage();
        fixtures.actFor(a);
        Account adminA = adminOf(a, "Admin A");
        currentUser.actAs(adminA.getId());
        audit.record("test.secret", "rahasia desa A", "detail A");
        Slice<AuditEntry> seenByA = audit.page(PageRequest.first(100), Optional.of("test.secret"));
        assertEquals(1, seenByA.total());
        assertEquals("Admin A", seenByA.items().get(0).getActorName(), "the logged-in person acted");
        long idOfA = seenByA.items().get(0).getId();

        fixtures.actFor(b);
        Account adminB = adminOf(b, "Admin B");
        currentUser.actAs(adminB.getId());
        Slice<AuditEntry> seenByB = audit.page(PageRequest.first(100), Optional.empty());
        assertEquals(2, seenByB.total(), "only B's own invitation and its acceptance");
        assertTrue(seenByB.items().stream().allMatch(e -> e.belongsTo(b.id())));
        assertEquals(
                0,
                audit.page(PageRequest.first(100).searching("rahasia"), Optional.empty())
                        .total());
        assertEquals(
                0,
                audit.page(PageRequest.first(100), Optional.of("test.secret")).total());
        assertFalse(audit.actions().contains("test.secret"));
        assertTrue(log.find(idOfA).isEmpty(), "A's entry id is unknown in B");

        currentUser.actAs(adminA.getId());
        assertThrows(
                NotFoundException.class,
                () -> audit.page(PageRequest.first(100), Optional.empty()),
                "A's admin has no say in B");
    }

    @Test
    void readingTheLogNeedsThePermission() {
        fixtures.actFor(fixtures.freshVillage());
        // Nobody is logged in here: the log answers like a page that does not exist.
        assertThrows(NotFoundException.class, () -> audit.page(PageRequest.first(10), Optional.empty()));
        assertThrows(NotFoundException.class, () -> audit.actions());
    }

    @Test
    void pagesNewestFirstAndFiltersByActionAndText() {
        VillageRef village = fixtures.freshVillage();
        fixtures.actFor(village);
        for (int i = 0; i < 25; i++) {
            audit.recordBy(null, i % 5 == 0 ? "test.special" : "test.plain", "subjek " + i, "nomor " + i);
        }

        Slice<AuditEntry> first = log.page(PageRequest.first(10), Optional.empty());
        Slice<AuditEntry> third = log.page(PageRequest.first(10).next().next(), Optional.empty());
        assertEquals(25, first.total());
        assertEquals("subjek 24", first.items().get(0).getSubject(), "newest first");
        assertEquals(5, third.items().size());
        assertTrue(first.items().stream().noneMatch(third.items()::contains));

        Slice<AuditEntry> special = log.page(PageRequest.first(10), Optional.of("test.special"));
        assertEquals(5, special.total());
        assertTrue(special.items().stream().allMatch(e -> e.getAction().equals("test.special")));

        Slice<AuditEntry> searched = log.page(PageRequest.first(10).searching("NOMOR 1"), Optional.empty());
        assertEquals(11, searched.total(), "nomor 1 and nomor 10 to 19");
        Slice<AuditEntry> both = log.page(PageRequest.first(10).searching("subjek 1"), Optional.of("test.special"));
        assertEquals(
                List.of("subjek 15", "subjek 10"),
                both.items().stream().map(AuditEntry::getSubject).toList());

        List<String> oldestFirst =
                log.page(PageRequest.first(3).sortedBy("recordedAt", true), Optional.of("test.plain")).items().stream()
                        .map(AuditEntry::getSubject)
                        .toList();
        assertEquals("subjek 1", oldestFirst.get(0));
        assertEquals(java.util.Set.of("test.special", "test.plain"), java.util.Set.copyOf(log.actions()));
    }

    private Account adminOf(VillageRef village, String name) {
        Account platform = fixtures.actAsPlatformAdmin();
        String email = Fixtures.email("admin");
        staff.invite(email, Role.VILLAGE_ADMIN, null, platform.getId(), ID);
        return staff.accept(Fixtures.tokenFromLastMailTo(outbox, email), name, "kata-sandi-admin");
    }
}
