package id.portaldesa.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.account.Account;
import id.portaldesa.account.AccountRepository;
import id.portaldesa.account.AccountStatus;
import id.portaldesa.account.Registration;
import id.portaldesa.account.RegistrationService;
import id.portaldesa.account.Resident;
import id.portaldesa.notify.MailOutbox;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.crypto.PersonalDataCipher;
import id.portaldesa.shared.persistence.PortalDataSource;
import id.portaldesa.village.VillageRef;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Registration rules on the real database: every bad input gets its own answer, and NIK never lands in plain text. */
@ExtendWith(ArquillianExtension.class)
class RegistrationIT {

    static final Locale ID = Locale.forLanguageTag("id");

    @Inject
    Fixtures fixtures;

    @Inject
    RegistrationService registrations;

    @Inject
    AccountRepository accounts;

    @Inject
    MailOutbox outbox;

    @Inject
    PersonalDataCipher cipher;

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    /** The key of the answer: a broken rule of the form (a constraint) or of the domain (a BusinessException). */
    String problem(Registration r) {
        RuntimeException e = assertThrows(RuntimeException.class, () -> registrations.register(r, ID));
        if (e instanceof ConstraintViolationException invalid) {
            return invalid.getConstraintViolations()
                    .iterator()
                    .next()
                    .getMessageTemplate()
                    .replaceAll("[{}]", "");
        }
        return assertInstanceOf(BusinessException.class, e).getMessageKey();
    }

    @Test
    void badInputGetsAClearAnswer() {
        fixtures.actFor(fixtures.freshVillage());
        assertEquals(
                "account.nik.format",
                problem(new Registration(
                        "A", Fixtures.email("a"), "rahasia-sekali", "1502023205900001", Fixtures.kk())));
        assertEquals(
                "account.nik.region",
                problem(new Registration(
                        "A", Fixtures.email("a"), "rahasia-sekali", "9902021205900001", Fixtures.kk())));
        assertEquals(
                "account.kk.region",
                problem(new Registration(
                        "A", Fixtures.email("a"), "rahasia-sekali", Fixtures.nik(), "9902020101200001")));
    }

    @Test
    void aKnownEmailOrNikGetsTheSameAnswerAndTheMailTellsWhoItConcerns() {
        fixtures.actFor(fixtures.freshVillage());
        String owner = Fixtures.email("pemilik");
        String nik = Fixtures.nik();
        registrations.register(new Registration("Pemilik", owner, "rahasia-sekali", nik, Fixtures.kk()), ID);
        long ownerId = accounts.findByEmail(owner).orElseThrow().getId();
        int ownerMails = outbox.to(owner).size();

        // The same address (in capitals): no exception, so the page says what it says to anyone.
        registrations.register(
                new Registration(
                        "Orang Lain", owner.toUpperCase(Locale.ROOT), "rahasia-lain", Fixtures.nik(), Fixtures.kk()),
                ID);
        assertEquals(ownerId, accounts.findByEmail(owner).orElseThrow().getId(), "no second account");
        assertEquals(ownerMails + 1, outbox.to(owner).size(), "the owner of the address is told");
        assertTrue(Fixtures.lastMailTo(owner).contains("/lupa-sandi"), "with a way back in");
        assertFalse(Fixtures.lastMailTo(owner).contains("token="), "and no confirmation link");

        // The same NIK with a new address: no exception, no account; that address is told to see the office.
        String squatter = Fixtures.email("penyerobot");
        registrations.register(new Registration("Penyerobot", squatter, "rahasia-sekali", nik, Fixtures.kk()), ID);
        assertTrue(accounts.findByEmail(squatter).isEmpty(), "no account for a NIK held by another record");
        assertEquals(1, outbox.to(squatter).size());
        assertFalse(Fixtures.mailTo(squatter, 0).contains("token="), "no confirmation link");
        assertFalse(Fixtures.mailTo(squatter, 0).contains(owner), "nothing about the holder");
    }

    @Test
    void aRegistrationNotConfirmedIn48HoursFreesItsEmailAndNik() throws Exception {
        fixtures.actFor(fixtures.freshVillage());
        String email = Fixtures.email("lupa");
        String nik = Fixtures.nik();
        registrations.register(new Registration("Lupa", email, "rahasia-sekali", nik, Fixtures.kk()), ID);
        long first = accounts.findByEmail(email).orElseThrow().getId();
        String oldToken = Fixtures.tokenFromLastMailTo(outbox, email);

        // Within 48 hours the pending registration holds both: a second one makes nothing.
        String other = Fixtures.email("lain");
        registrations.register(new Registration("Lain", other, "rahasia-sekali", nik, Fixtures.kk()), ID);
        assertTrue(accounts.findByEmail(other).isEmpty());

        backdate(first, Duration.ofHours(48).plusMinutes(1));
        registrations.register(new Registration("Lupa Lagi", email, "rahasia-baru", nik, Fixtures.kk()), ID);
        Account again = accounts.findByEmail(email).orElseThrow();
        assertNotEquals(first, again.getId(), "a new registration with the same email and NIK works");
        assertEquals(AccountStatus.PENDING, again.getStatus());
        assertEquals(AccountStatus.DELETED, accounts.find(first).orElseThrow().getStatus(), "the old one is erased");
        assertEquals(
                "account.confirm.invalid",
                assertThrows(BusinessException.class, () -> registrations.confirm(oldToken))
                        .getMessageKey(),
                "and its link is gone");
        registrations.confirm(Fixtures.tokenFromLastMailTo(outbox, email));
        assertEquals(
                AccountStatus.ACTIVE, accounts.find(again.getId()).orElseThrow().getStatus());
    }

    @Test
    void openingTheLinkChangesNothingAndTwoPressesAtOnceConfirmOnce() throws Exception {
        fixtures.actFor(fixtures.freshVillage());
        String email = Fixtures.email("ganda");
        registrations.register(new Registration("Ganda", email, "rahasia-sekali", Fixtures.nik(), Fixtures.kk()), ID);
        String token = Fixtures.tokenFromLastMailTo(outbox, email);
        assertNull(registrations.problemWith(token), "the link is usable");
        assertNull(registrations.problemWith(token), "and still is after being opened");
        assertEquals(
                AccountStatus.PENDING, accounts.findByEmail(email).orElseThrow().getStatus());

        int presses = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < presses; i++) {
            results.add(executor.submit(() -> {
                start.await();
                try {
                    registrations.confirm(token);
                    return "confirmed";
                } catch (BusinessException e) {
                    return e.getMessageKey();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> result : results) {
            outcomes.add(result.get());
        }
        assertEquals(1, outcomes.stream().filter("confirmed"::equals).count(), outcomes.toString());
        assertEquals(
                presses - 1,
                outcomes.stream().filter("account.confirm.again"::equals).count());
        // Read past the application: the executor's tasks closed this request's entity managers.
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT status FROM account WHERE email = ?")) {
            st.setString(1, email);
            try (ResultSet rs = st.executeQuery()) {
                assertTrue(rs.next());
                assertEquals("ACTIVE", rs.getString(1));
            }
        }
    }

    /** Moves a registration back in time, as if it had waited that long. */
    void backdate(long accountId, Duration by) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("UPDATE account SET created_at = ? WHERE id = ?")) {
            st.setTimestamp(1, java.sql.Timestamp.from(java.time.Instant.now().minus(by)));
            st.setLong(2, accountId);
            assertEquals(1, st.executeUpdate());
        }
    }

    static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }

    @Test
    void confirmationLinkWorksOnceAndNikIsEncryptedAtRest() throws Exception {
        VillageRef village = fixtures.freshVillage();
        fixtures.actFor(village);
        String email = Fixtures.email("warga");
        String nik = Fixtures.nik();
        String kk = Fixtures.kk();
        registrations.register(new Registration("Siti Aminah", email, "rahasia-sekali", nik, kk), ID);
        assertEquals(
                AccountStatus.PENDING, accounts.findByEmail(email).orElseThrow().getStatus());

        String token = Fixtures.tokenFromLastMailTo(outbox, email);
        registrations.confirm(token);
        assertEquals(
                AccountStatus.ACTIVE, accounts.findByEmail(email).orElseThrow().getStatus());
        assertEquals(
                "account.confirm.again",
                assertThrows(BusinessException.class, () -> registrations.confirm(token))
                        .getMessageKey());
        assertEquals(
                "account.confirm.invalid",
                assertThrows(BusinessException.class, () -> registrations.confirm("tebakan"))
                        .getMessageKey());

        try (Connection c = dataSource.getConnection();
                PreparedStatement st =
                        c.prepareStatement("SELECT nik_cipher, kk_cipher FROM resident WHERE account_id = ?")) {
            long accountId = accounts.findByEmail(email).orElseThrow().getId();
            st.setLong(1, accountId);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                // Base64 text never holds digits in a row; the decoded bytes are what a dump reveals.
                for (String[] stored : new String[][] {{rs.getString(1), nik}, {rs.getString(2), kk}}) {
                    byte[] bytes = PersonalDataAtRestIT.sealedBytes(stored[0]);
                    assertFalse(PersonalDataAtRestIT.contains(bytes, stored[1]), "plain number in the stored bytes");
                    assertFalse(PersonalDataAtRestIT.contains(bytes, stored[1].substring(6)));
                }
                assertEquals(nik, cipher.decrypt(Resident.nikAt(village.id(), accountId), rs.getString(1)));
                assertEquals(kk, cipher.decrypt(Resident.kkAt(village.id(), accountId), rs.getString(2)));
            }
        }
    }

    @Test
    void expiredConfirmationLinkIsRefused() throws Exception {
        fixtures.actFor(fixtures.freshVillage());
        String email = Fixtures.email("lambat");
        registrations.register(new Registration("Lambat", email, "rahasia-sekali", Fixtures.nik(), Fixtures.kk()), ID);
        String token = Fixtures.tokenFromLastMailTo(outbox, email);
        try (Connection c = dataSource.getConnection();
                PreparedStatement st =
                        c.prepareStatement("UPDATE account_token SET expires_at = ? WHERE account_id = ?")) {
            st.setTimestamp(1, java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)));
            st.setLong(2, accounts.findByEmail(email).orElseThrow().getId());
            assertEquals(1, st.executeUpdate());
        }
        assertEquals(
                "account.confirm.expired",
                assertThrows(BusinessException.class, () -> registrations.confirm(token))
                        .getMessageKey());
        assertEquals(
                AccountStatus.PENDING, accounts.findByEmail(email).orElseThrow().getStatus());
    }
}
