package id.portaldesa.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.account.Account;
import id.portaldesa.account.AccountRepository;
import id.portaldesa.account.Invitation;
import id.portaldesa.account.MembershipRepository;
import id.portaldesa.account.PlatformAdminSetup;
import id.portaldesa.account.Position;
import id.portaldesa.account.Role;
import id.portaldesa.account.StaffService;
import id.portaldesa.notify.MailOutbox;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.Tokens;
import id.portaldesa.shared.persistence.PortalDataSource;
import id.portaldesa.village.VillageRef;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One-time links work once: invitations that were revoked or ran out are refused, an invitation
 * accepted by two requests at once makes one membership, and an expired setup link makes no admin.
 * (Two requests racing with one setup link on an empty database: ProductionStartIT.)
 */
@ExtendWith(ArquillianExtension.class)
class SingleUseLinksIT {

    static final Locale ID = Locale.forLanguageTag("id");

    @Inject
    Fixtures fixtures;

    @Inject
    StaffService staff;

    @Inject
    MembershipRepository memberships;

    @Inject
    AccountRepository accounts;

    @Inject
    PlatformAdminSetup setup;

    @Inject
    MailOutbox outbox;

    @Inject
    Instance<RequestContextController> requestContexts;

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    DataSource dataSource;

    @Test
    void revokedAndExpiredInvitationsAreRefused() throws Exception {
        Account admin = fixtures.actAsAdminOf(fixtures.freshVillage());
        String revokedTo = Fixtures.email("dicabut");
        Invitation revoked = staff.invite(revokedTo, Role.OFFICIAL, Position.KAUR, admin.getId(), ID);
        String revokedLink = Fixtures.tokenFromLastMailTo(outbox, revokedTo);
        staff.revokeInvitation(revoked.getId());
        assertEquals(
                "account.invite.used",
                assertThrows(BusinessException.class, () -> staff.accept(revokedLink, "Dicabut", "kata-sandi-kaur"))
                        .getMessageKey());
        assertTrue(accounts.findByEmail(revokedTo).isEmpty(), "nobody joined with a revoked invitation");

        String lateTo = Fixtures.email("terlambat");
        Invitation late = staff.invite(lateTo, Role.OFFICIAL, Position.KASI, admin.getId(), ID);
        String lateLink = Fixtures.tokenFromLastMailTo(outbox, lateTo);
        update(
                "UPDATE invitation SET expires_at = ? WHERE id = ?",
                Instant.now().minusSeconds(60),
                late.getId());
        assertEquals(
                "account.invite.expired",
                assertThrows(BusinessException.class, () -> staff.accept(lateLink, "Terlambat", "kata-sandi-kasi"))
                        .getMessageKey());
        assertTrue(accounts.findByEmail(lateTo).isEmpty(), "nobody joined with an expired invitation");
    }

    @Test
    void anInvitationAcceptedByTwoRequestsAtOnceMakesOneMembership() throws Exception {
        VillageRef village = fixtures.freshVillage();
        Account admin = fixtures.actAsAdminOf(village);
        // Someone with an account already: every request then checks the password and adds a membership.
        Account person = fixtures.person("ganda");
        String password = "kata-sandi-ganda";
        update(
                "UPDATE account SET password_hash = ? WHERE id = ?",
                new id.portaldesa.account.PasswordHasher().hash(password),
                person.getId());
        staff.invite(person.getEmail(), Role.OFFICIAL, Position.KAUR, admin.getId(), ID);
        String link = Fixtures.tokenFromLastMailTo(outbox, person.getEmail());

        int requests = 6;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            results.add(executor.submit(() -> {
                RequestContextController request = requestContexts.get();
                request.activate();
                try {
                    fixtures.actFor(village);
                    start.await();
                    staff.accept(link, null, password);
                    return "accepted";
                } catch (BusinessException e) {
                    return e.getMessageKey();
                } finally {
                    request.deactivate();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> result : results) {
            outcomes.add(result.get());
        }
        assertEquals(1, outcomes.stream().filter("accepted"::equals).count(), outcomes.toString());
        assertEquals(1, memberships.activeOf(person.getId()).size(), "one membership, not " + outcomes);
    }

    @Test
    void anExpiredSetupLinkIsRefused() throws Exception {
        String token = Tokens.newToken();
        Instant created = Instant.now().minus(Duration.ofHours(25));
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("INSERT INTO account_token (purpose, token_hash, created_at,"
                        + " expires_at) VALUES ('PLATFORM_SETUP', ?, ?, ?)")) {
            st.setString(1, Tokens.sha256(token));
            st.setTimestamp(2, Timestamp.from(created));
            st.setTimestamp(3, Timestamp.from(created.plus(Duration.ofHours(24))));
            assertEquals(1, st.executeUpdate());
        }
        String email = Fixtures.email("telat");
        assertEquals(
                "account.confirm.expired",
                assertThrows(
                                BusinessException.class,
                                () -> setup.createFirstAdmin(token, email, "Telat", "sandi-yang-panjang"))
                        .getMessageKey());
        assertTrue(accounts.findByEmail(email).isEmpty(), "no admin from an expired link");
    }

    void update(String sql, Object value, long id) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement(sql)) {
            if (value instanceof Instant instant) {
                st.setTimestamp(1, Timestamp.from(instant));
            } else {
                st.setString(1, (String) value);
            }
            st.setLong(2, id);
            assertEquals(1, st.executeUpdate());
        }
    }
}
