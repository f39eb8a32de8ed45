package id.portaldesa.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Locale;
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
        String email = Fixtures.email("dup");
        registrations.register(new Registration("A", email, "rahasia-sekali", Fixtures.nik(), Fixtures.kk()), ID);
        assertEquals(
                "account.email.taken",
                problem(new Registration(
                        "B", email.toUpperCase(Locale.ROOT), "rahasia-sekali", Fixtures.nik(), Fixtures.kk())));
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
