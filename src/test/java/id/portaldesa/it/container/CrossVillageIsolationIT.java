package id.portaldesa.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.account.Account;
import id.portaldesa.account.AccountRepository;
import id.portaldesa.account.Invitation;
import id.portaldesa.account.InvitationRepository;
import id.portaldesa.account.Membership;
import id.portaldesa.account.MembershipRepository;
import id.portaldesa.account.Position;
import id.portaldesa.account.Registration;
import id.portaldesa.account.RegistrationService;
import id.portaldesa.account.ResidentRepository;
import id.portaldesa.account.Role;
import id.portaldesa.account.StaffService;
import id.portaldesa.media.MediaRef;
import id.portaldesa.media.Upload;
import id.portaldesa.notify.MailOutbox;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.NotFoundException;
import id.portaldesa.site.LogoService;
import id.portaldesa.site.SiteProfile;
import id.portaldesa.site.SiteService;
import id.portaldesa.site.Sites;
import id.portaldesa.village.VillageRef;
import id.portaldesa.village.VillageService;
import jakarta.inject.Inject;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Village B's staff, acting with village A's ids and tokens, sees nothing of A and changes nothing
 * of A: every lookup answers "not found", exactly like a missing record.
 */
@ExtendWith(ArquillianExtension.class)
class CrossVillageIsolationIT {

    static final Locale ID = Locale.forLanguageTag("id");

    @Inject
    Fixtures fixtures;

    @Inject
    StaffService staff;

    @Inject
    RegistrationService registrations;

    @Inject
    MembershipRepository memberships;

    @Inject
    InvitationRepository invitations;

    @Inject
    ResidentRepository residents;

    @Inject
    VillageService villages;

    @Inject
    AccountRepository accounts;

    @Inject
    MailOutbox outbox;

    @Inject
    LogoService logos;

    @Inject
    SiteService siteService;

    @Inject
    Sites sites;

    @Test
    void villageBCannotSeeOrChangeVillageAsStaffInvitationsOrResidents() {
        VillageRef a = fixtures.freshVillage();
        VillageRef b = fixtures.freshVillage();

        Account adminOfA = fixtures.actAsAdminOf(a);
        Invitation invitationOfA =
                staff.invite(Fixtures.email("sekdes-a"), Role.OFFICIAL, Position.SECRETARY, null, ID);
        staff.invite(Fixtures.email("admin-a"), Role.VILLAGE_ADMIN, null, null, ID);
        String residentEmail = Fixtures.email("warga-a");
        registrations.register(
                new Registration("Warga A", residentEmail, "rahasia-sekali", Fixtures.nik(), Fixtures.kk()), ID);
        Membership residentOfA = memberships
                .activeOf(accounts.findByEmail(residentEmail).orElseThrow().getId())
                .get(0);
        assertEquals(2, staff.pendingInvitations().size());
        // Real staff of A: a sekdes and a second admin, both active, so a revocation inside A works.
        Account sekdesOfA = fixtures.staffOfCurrentVillage(Role.OFFICIAL, Position.SECRETARY, "Sekdes A");
        Account secondAdminOfA = fixtures.staffOfCurrentVillage(Role.VILLAGE_ADMIN, null, "Admin Dua A");
        Membership officialOfA = memberships.activeOf(sekdesOfA.getId()).get(0);
        Membership adminRoleOfA = memberships.activeOf(secondAdminOfA.getId()).get(0);
        String titleOfA = officialOfA.getOfficialTitle();
        assertEquals(3, staff.staff().size(), "A has three active staff");

        fixtures.actAsAdminOf(b);
        assertEquals(1, staff.staff().size(), "B sees its own admin only");
        assertTrue(
                staff.staff().stream().noneMatch(m -> m.email().equals(adminOfA.getEmail())), "B sees no staff of A");
        assertTrue(staff.pendingInvitations().isEmpty(), "B sees no invitations of A");
        assertTrue(memberships.find(residentOfA.getId()).isEmpty(), "A's membership id is unknown in B");
        assertTrue(invitations.find(invitationOfA.getId()).isEmpty(), "A's invitation id is unknown in B");
        assertThrows(NotFoundException.class, () -> staff.revokeMembership(officialOfA.getId()));
        assertThrows(NotFoundException.class, () -> staff.revokeMembership(adminRoleOfA.getId()));
        assertThrows(NotFoundException.class, () -> staff.retitle(officialOfA.getId(), "Sekdes Palsu"));
        assertThrows(NotFoundException.class, () -> staff.revokeMembership(residentOfA.getId()));
        assertThrows(NotFoundException.class, () -> staff.revokeInvitation(invitationOfA.getId()));
        assertTrue(residents.ofAccount(residentOfA.getAccountId()).isEmpty(), "A's resident is unknown in B");

        fixtures.actAsAdminOf(a);
        assertEquals(2, staff.pendingInvitations().size(), "A's invitations are untouched");
        assertTrue(memberships.find(residentOfA.getId()).orElseThrow().isActive(), "A's membership is untouched");
        assertTrue(memberships.find(officialOfA.getId()).orElseThrow().isActive(), "A's sekdes is still staff");
        assertTrue(memberships.find(adminRoleOfA.getId()).orElseThrow().isActive(), "A's second admin too");
        assertEquals(
                titleOfA,
                memberships.find(officialOfA.getId()).orElseThrow().getOfficialTitle(),
                "A's sekdes keeps the title");
        assertEquals(4, staff.staff().size(), "A's three staff, and the admin acting for A now");
        // The same revocation inside A works: B's refusal was about the village, not the record.
        staff.revokeMembership(adminRoleOfA.getId());
        assertFalse(memberships.find(adminRoleOfA.getId()).orElseThrow().isActive(), "revoked inside A");
    }

    @Test
    void anInvitationLinkOfVillageAIsInvalidOnVillageB() {
        VillageRef a = fixtures.freshVillage();
        VillageRef b = fixtures.freshVillage();
        fixtures.actAsAdminOf(a);
        String invitee = Fixtures.email("kasi-a");
        staff.invite(invitee, Role.OFFICIAL, Position.KASI, null, ID);
        String token = Fixtures.tokenFromLastMailTo(outbox, invitee);

        fixtures.actAsAdminOf(b);
        BusinessException e =
                assertThrows(BusinessException.class, () -> staff.accept(token, "Penyusup", "kata-sandi-baru"));
        assertEquals("account.invite.invalid", e.getMessageKey());

        fixtures.actAsAdminOf(a);
        assertEquals(1, staff.pendingInvitations().size(), "still pending in A");
        staff.accept(token, "Kasi A", "kata-sandi-baru");
        assertEquals(
                1, staff.staff().stream().filter(m -> m.email().equals(invitee)).count());
        assertEquals(
                "account.invite.used",
                assertThrows(BusinessException.class, () -> staff.accept(token, "Lagi", "kata-sandi-baru"))
                        .getMessageKey());
    }

    @Test
    void profileChangesStayInTheirVillage() {
        VillageRef a = fixtures.freshVillage();
        VillageRef b = fixtures.freshVillage();
        fixtures.actAsAdminOf(b);
        siteService.updateProfile(new SiteProfile("Slogan B", null, null, null, "#123456"));
        assertEquals("#123456", sites.of(b.id()).accentColor());
        assertFalse("#123456".equals(sites.of(a.id()).accentColor()));
        assertEquals(null, sites.of(a.id()).tagline());
        fixtures.actAsAdminOf(a);
        assertEquals(null, siteService.profile().tagline(), "A's form shows nothing of B");
    }

    @Test
    void aLogoIsReplacedAndRemovedOnlyInItsVillage() throws Exception {
        VillageRef a = fixtures.freshVillage();
        VillageRef b = fixtures.freshVillage();
        fixtures.actAsAdminOf(a);
        MediaRef logoOfA = logos.replace(new Upload("a.png", png(new Color(0x2e7d32))));

        fixtures.actAsAdminOf(b);
        assertTrue(logos.current().isEmpty(), "B sees no logo of A");
        logos.remove();
        MediaRef logoOfB = logos.replace(new Upload("b.png", png(new Color(0xc62828))));

        assertEquals(logoOfA.version(), sites.of(a.id()).logoVersion());
        assertEquals(logoOfB.version(), sites.of(b.id()).logoVersion());
        fixtures.actAsAdminOf(a);
        assertEquals(logoOfA, logos.current().orElseThrow(), "A keeps its own");
    }

    static byte[] png(Color color) throws IOException {
        BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 64, 64);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void theSameNikMayLiveInTwoVillagesButNotTwiceInOne() {
        VillageRef a = fixtures.freshVillage();
        VillageRef b = fixtures.freshVillage();
        String nik = Fixtures.nik();
        fixtures.actAsAdminOf(a);
        registrations.register(
                new Registration("Warga", Fixtures.email("w1"), "rahasia-sekali", nik, Fixtures.kk()), ID);
        // The page answers as for any registration (nobody learns whose NIK it is); no account is made.
        String second = Fixtures.email("w2");
        registrations.register(new Registration("Warga Lain", second, "rahasia-sekali", nik, Fixtures.kk()), ID);
        assertTrue(accounts.findByEmail(second).isEmpty(), "the NIK lives once in village A");

        fixtures.actAsAdminOf(b);
        String third = Fixtures.email("w3");
        registrations.register(new Registration("Warga", third, "rahasia-sekali", nik, Fixtures.kk()), ID);
        assertTrue(accounts.findByEmail(third).isPresent(), "and once more in village B");
    }
}
