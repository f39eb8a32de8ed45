package id.portaldesa.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.account.Account;
import id.portaldesa.account.AccountRepository;
import id.portaldesa.account.AccountSettingsService;
import id.portaldesa.account.AccountStatus;
import id.portaldesa.account.PasswordHasher;
import id.portaldesa.account.PasswordResetService;
import id.portaldesa.account.PersonalDataService;
import id.portaldesa.account.Registration;
import id.portaldesa.account.RegistrationService;
import id.portaldesa.account.Role;
import id.portaldesa.account.StaffService;
import id.portaldesa.notify.MailOutbox;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.crypto.PersonalDataCipher;
import id.portaldesa.shared.persistence.PortalDataSource;
import id.portaldesa.village.VillageRef;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Account self-service on the real database: reset links (once, one hour, superseded, same for
 * unknown addresses), email changes confirmed at the new address, the personal data export holds
 * the person's data and nobody else's, and a deletion leaves no personal value behind.
 */
@ExtendWith(ArquillianExtension.class)
class AccountSelfServiceIT {

    static final Locale ID = Locale.forLanguageTag("id");
    static final String PASSWORD = "rahasia-sekali";

    @Inject
    Fixtures fixtures;

    @Inject
    RegistrationService registrations;

    @Inject
    PasswordResetService resets;

    @Inject
    AccountSettingsService settings;

    @Inject
    PersonalDataService personalData;

    @Inject
    StaffService staff;

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher passwords;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    MailOutbox outbox;

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    DataSource dataSource;

    /** A confirmed resident of the village the test acts for. */
    Account resident(String who, String nik) {
        String email = Fixtures.email(who);
        registrations.register(new Registration("Warga " + who, email, PASSWORD, nik, Fixtures.kk()), ID);
        registrations.confirm(Fixtures.tokenFromLastMailTo(outbox, email));
        return accounts.findByEmail(email).orElseThrow();
    }

    /** Reset mails are written in the background: wait for the n-th mail to this address. */
    String awaitToken(String email, int count) throws InterruptedException {
        for (int i = 0; i < 100 && outbox.to(email).size() < count; i++) {
            Thread.sleep(100);
        }
        assertEquals(count, outbox.to(email).size(), "mails to " + email);
        return Fixtures.tokenFromLastMailTo(outbox, email);
    }

    String problem(Runnable action) {
        return assertThrows(BusinessException.class, action::run).getMessageKey();
    }

    @Test
    void resetLinkWorksOnceAndOnlyTheNewestOneWorks() throws Exception {
        VillageRef village = fixtures.freshVillage();
        fixtures.actFor(village);
        Account a = resident("lupa", Fixtures.nik());
        int before = outbox.to(a.getEmail()).size();

        resets.requestReset(a.getEmail().toUpperCase(Locale.ROOT), village, ID);
        String first = awaitToken(a.getEmail(), before + 1);
        assertTrue(Fixtures.mailTo(a.getEmail(), before).contains("/atur-ulang-sandi?token="));
        resets.requestReset(a.getEmail(), village, ID);
        String second = awaitToken(a.getEmail(), before + 2);
        assertEquals("account.reset.used", resets.problemWith(first), "a newer link ends the older one");
        assertNull(resets.problemWith(second));

        resets.reset(second, "kata-sandi-baru-1");
        assertEquals("account.reset.used", problem(() -> resets.reset(second, "kata-sandi-baru-2")));
        Account after = accounts.find(a.getId()).orElseThrow();
        assertFalse(passwords.verify(PASSWORD, after.getPasswordHash()), "the old password no longer works");
        assertTrue(passwords.verify("kata-sandi-baru-1", after.getPasswordHash()));
        assertEquals("account.reset.invalid", resets.problemWith("tebakan"));
    }

    @Test
    void aPendingResetLinkCannotBeReadFromACopyOfTheDatabase() throws Exception {
        VillageRef village = fixtures.freshVillage();
        fixtures.actFor(village);
        Account a = resident("salinan", Fixtures.nik());
        resets.requestReset(a.getEmail(), village, ID);
        String token = awaitToken(a.getEmail(), 2);
        try (Connection c = dataSource.getConnection();
                PreparedStatement st =
                        c.prepareStatement("SELECT body FROM mail_outbox WHERE recipient = ? ORDER BY id")) {
            st.setString(1, a.getEmail());
            try (ResultSet rs = st.executeQuery()) {
                int rows = 0;
                while (rs.next()) {
                    rows++;
                    String stored = rs.getString(1);
                    if (stored.isEmpty()) {
                        continue; // sent meanwhile by the mail timer: the text went with the sending
                    }
                    assertTrue(stored.startsWith("sealed:"), stored);
                    assertFalse(stored.contains(token), "the link's token is not in the stored mail");
                    assertFalse(stored.contains("atur-ulang-sandi"), "nor is any of its text");
                }
                assertEquals(2, rows, "the confirmation and the reset mail");
            }
        }
        assertNull(resets.problemWith(token), "while the mail itself still carries a working link");
    }

    @Test
    void resetRequestsAreLimitedPerAddressAskedForKnownOrNot() throws Exception {
        VillageRef village = fixtures.freshVillage();
        fixtures.actFor(village);
        String unknown = Fixtures.email("penebak");
        for (int i = 0; i < id.portaldesa.shared.ratelimit.Limit.PASSWORD_RESET.max(); i++) {
            resets.requestReset(unknown, village, ID);
        }
        assertEquals("ratelimit.exceeded", problem(() -> resets.requestReset(unknown, village, ID)));

        // A known address hears exactly the same, after as many requests: nothing tells who exists.
        Account known = resident("dikenal", Fixtures.nik());
        for (int i = 0; i < id.portaldesa.shared.ratelimit.Limit.PASSWORD_RESET.max(); i++) {
            resets.requestReset(known.getEmail(), village, ID);
        }
        assertEquals("ratelimit.exceeded", problem(() -> resets.requestReset(known.getEmail(), village, ID)));

        String other = Fixtures.email("lain");
        Account neighbour = resident("tetangga", Fixtures.nik());
        int before = outbox.to(neighbour.getEmail()).size();
        resets.requestReset(other, village, ID);
        resets.requestReset(neighbour.getEmail(), village, ID);
        awaitToken(neighbour.getEmail(), before + 1);
    }

    @Test
    void resetLinkExpiresAfterAnHourAndUnknownAddressesGetNoMail() throws Exception {
        VillageRef village = fixtures.freshVillage();
        fixtures.actFor(village);
        Account a = resident("kedaluwarsa", Fixtures.nik());
        String unknown = Fixtures.email("tidak-ada");
        resets.requestReset(unknown, village, ID);
        resets.requestReset(a.getEmail(), village, ID);
        String token = awaitToken(a.getEmail(), 2);
        Thread.sleep(500);
        assertEquals(List.of(), outbox.to(unknown), "nothing is written for an unknown address");

        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("UPDATE account_token SET expires_at = ?"
                        + " WHERE account_id = ? AND purpose = 'RESET_PASSWORD' AND used_at IS NULL")) {
            st.setTimestamp(1, java.sql.Timestamp.from(Instant.now().minusSeconds(1)));
            st.setLong(2, a.getId());
            assertEquals(1, st.executeUpdate());
        }
        assertEquals("account.reset.expired", problem(() -> resets.reset(token, "kata-sandi-baru-1")));
        assertTrue(passwords.verify(
                PASSWORD, accounts.find(a.getId()).orElseThrow().getPasswordHash()));
    }

    @Test
    void aResetConfirmsAPendingAccount() throws Exception {
        VillageRef village = fixtures.freshVillage();
        fixtures.actFor(village);
        String email = Fixtures.email("belum");
        registrations.register(new Registration("Belum", email, PASSWORD, Fixtures.nik(), Fixtures.kk()), ID);
        resets.requestReset(email, village, ID);
        resets.reset(awaitToken(email, 2), "kata-sandi-baru-1");
        assertEquals(
                AccountStatus.ACTIVE, accounts.findByEmail(email).orElseThrow().getStatus());
    }

    @Test
    void profileNumbersAreNormalised() {
        fixtures.actFor(fixtures.freshVillage());
        Account a = resident("kontak", Fixtures.nik());
        settings.updateProfile(a.getId(), "  Siti Aminah ", "(0746) 321123", "0812-3456-7890");
        Account saved = accounts.find(a.getId()).orElseThrow();
        assertEquals("Siti Aminah", saved.getDisplayName());
        assertEquals("+62746321123", saved.getPhone());
        assertEquals("+6281234567890", saved.getWhatsapp());
        assertEquals(
                "account.whatsapp.invalid",
                problem(() -> settings.updateProfile(a.getId(), "Siti", null, "(0746) 321123")));
        settings.updateProfile(a.getId(), "Siti", "", " ");
        assertNull(accounts.find(a.getId()).orElseThrow().getWhatsapp());
    }

    @Test
    void emailChangesOnlyWithTheLinkSentToTheNewAddress() {
        VillageRef village = fixtures.freshVillage();
        fixtures.actFor(village);
        Account a = resident("pindah", Fixtures.nik());
        Account other = resident("lain", Fixtures.nik());
        String old = a.getEmail();
        String fresh = Fixtures.email("baru");

        assertEquals(
                "account.password.wrong",
                problem(() -> settings.requestEmailChange(a.getId(), "salah-sekali", fresh, village, ID)));
        // An address of another account: the same answer, and no link anywhere.
        int otherMails = outbox.to(other.getEmail()).size();
        int oldMails = outbox.to(old).size();
        settings.requestEmailChange(a.getId(), PASSWORD, other.getEmail(), village, ID);
        assertEquals(otherMails, outbox.to(other.getEmail()).size());
        assertEquals(oldMails, outbox.to(old).size());

        settings.requestEmailChange(a.getId(), PASSWORD, fresh, village, ID);
        assertEquals(old, accounts.find(a.getId()).orElseThrow().getEmail(), "nothing changes before the link");
        assertTrue(Fixtures.lastMailTo(old).contains("ba•••@it.test"), "the old address is told");
        assertFalse(Fixtures.lastMailTo(old).contains("token="), "but gets no link");

        String token = Fixtures.tokenFromLastMailTo(outbox, fresh);
        assertTrue(Fixtures.mailTo(fresh, 0).contains("/akun/konfirmasi-email?token="));
        settings.confirmEmailChange(token);
        assertEquals(fresh, accounts.find(a.getId()).orElseThrow().getEmail());
        assertEquals("account.emailChange.used", problem(() -> settings.confirmEmailChange(token)));
    }

    @Test
    void exportHoldsThePersonsDataAndNobodyElses() throws Exception {
        VillageRef a = fixtures.freshVillage();
        VillageRef b = fixtures.freshVillage();
        fixtures.actFor(a);
        String nikP = Fixtures.nik();
        String nikQ = Fixtures.nik();
        String nikR = Fixtures.nik();
        Account p = resident("p", nikP);
        Account q = resident("q", nikQ);
        fixtures.actFor(b);
        Account r = resident("r", nikR);
        staff.grant(p.getId(), Role.OFFICIAL, id.portaldesa.account.Position.OPERATOR);
        settings.updateProfile(p.getId(), "Warga p", "081234567890", null);

        assertEquals("account.password.wrong", problem(() -> personalData.export(p.getId(), "salah-sekali")));
        String json = personalData.export(p.getId(), PASSWORD);
        assertTrue(json.contains("\"nik\": \"" + nikP + "\""), json);
        assertTrue(json.contains(p.getEmail()));
        assertTrue(json.contains("+6281234567890"));
        assertTrue(json.contains(a.code()) && json.contains(b.code()), "memberships in both villages");
        assertTrue(json.contains("\"OFFICIAL\""));
        assertFalse(json.contains(nikQ), "another resident of the same village");
        assertFalse(json.contains(nikR), "a resident of another village");
        assertFalse(json.contains(q.getEmail()) || json.contains(r.getEmail()));
        assertFalse(json.contains("pbkdf2"), "no password hash");
        assertFalse(json.contains("token="), "no one-time link");
    }

    @Test
    void deletionErasesThePersonAndTheAccountCanNoLongerLogIn() throws Exception {
        VillageRef village = fixtures.freshVillage();
        fixtures.actFor(village);
        String nik = Fixtures.nik();
        Account p = resident("hapus", nik);
        String nikNeighbour = Fixtures.nik();
        Account neighbour = resident("tetangga", nikNeighbour);
        settings.updateProfile(p.getId(), "Nama Asli", "081234567890", "081234567890");
        String email = p.getEmail();

        assertEquals("account.password.wrong", problem(() -> personalData.deleteAccount(p.getId(), "salah")));
        personalData.deleteAccount(p.getId(), PASSWORD);

        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT email, display_name, password_hash, phone, whatsapp, status FROM account WHERE id = ?")) {
                st.setLong(1, p.getId());
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    assertEquals("terhapus-" + p.getId() + "@akun.invalid", rs.getString(1));
                    assertEquals("Akun terhapus #" + p.getId(), rs.getString(2));
                    assertFalse(rs.getString(3).startsWith("pbkdf2"));
                    assertNull(rs.getString(4));
                    assertNull(rs.getString(5));
                    assertEquals("DELETED", rs.getString(6));
                }
            }
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT nik_cipher, kk_cipher, nik_hash, kk_hash FROM resident WHERE account_id = ?")) {
                st.setLong(1, p.getId());
                try (ResultSet rs = st.executeQuery()) {
                    assertTrue(rs.next(), "the row stays, for records that refer to it");
                    assertEquals("", rs.getString(1));
                    assertEquals("", rs.getString(2));
                    assertTrue(rs.getString(3).trim().startsWith("erased:"), rs.getString(3));
                    assertFalse(rs.getString(3).contains(cipher.lookupHash(village.id(), nik)));
                    assertTrue(rs.getString(4).trim().startsWith("erased:"));
                }
            }
            assertEquals(0, count(c, "SELECT COUNT(*) FROM membership WHERE account_id = ? AND revoked_at IS NULL", p));
            assertEquals(0, count(c, "SELECT COUNT(*) FROM account_token WHERE account_id = ?", p));
            try (PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?")) {
                st.setString(1, email);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    assertEquals(0, rs.getLong(1));
                }
            }
        }
        assertTrue(accounts.findByEmail(email).isEmpty(), "the address is free again");
        assertFalse(passwords.verify(
                PASSWORD, accounts.find(p.getId()).orElseThrow().getPasswordHash()));
        resets.requestReset(email, village, ID);
        Thread.sleep(500);
        assertEquals(List.of(), outbox.to(email), "no reset for an erased account");

        // The neighbour keeps everything; the same NIK may register again.
        String neighbourJson = personalData.export(neighbour.getId(), PASSWORD);
        assertTrue(neighbourJson.contains(nikNeighbour));
        registrations.register(new Registration("Lagi", Fixtures.email("lagi"), PASSWORD, nik, Fixtures.kk()), ID);
    }

    @Test
    void theLastAdminOfAVillageHandsOverFirst() {
        VillageRef village = fixtures.freshVillage();
        fixtures.actFor(village);
        Account admin = resident("admin", Fixtures.nik());
        staff.grant(admin.getId(), Role.VILLAGE_ADMIN, null);
        assertEquals("account.delete.lastAdmin", problem(() -> personalData.deleteAccount(admin.getId(), PASSWORD)));
        Account second = resident("admin2", Fixtures.nik());
        staff.grant(second.getId(), Role.VILLAGE_ADMIN, null);
        personalData.deleteAccount(admin.getId(), PASSWORD);
        assertEquals(
                AccountStatus.DELETED,
                accounts.find(admin.getId()).orElseThrow().getStatus());
    }

    static long count(Connection c, String sql, Account a) throws Exception {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setLong(1, a.getId());
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
