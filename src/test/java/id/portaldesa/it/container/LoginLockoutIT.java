package id.portaldesa.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.account.Account;
import id.portaldesa.account.AccountRepository;
import id.portaldesa.account.PasswordHasher;
import id.portaldesa.account.PlatformAdminSetup;
import id.portaldesa.account.security.AccountIdentityStore;
import id.portaldesa.account.security.LoginThrottling;
import id.portaldesa.shared.persistence.PortalDataSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The login lockout on the real database, driven through {@link LoginThrottling} itself with fresh
 * accounts and addresses (random values, so no test here or elsewhere shares a budget with another),
 * and the identity store's rules: who may log in, and hashes of an older cost upgraded at login.
 */
@ExtendWith(ArquillianExtension.class)
class LoginLockoutIT {

    @Inject
    LoginThrottling throttling;

    @Inject
    AccountIdentityStore identities;

    @Inject
    PlatformAdminSetup setup;

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher passwords;

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    DataSource dataSource;

    static String address() {
        return "it-" + UUID.randomUUID();
    }

    /** Runs {@code tries} charges at once; how many were allowed to check a password. */
    int chargeAtOnce(int tries, IntFunction<LoginThrottling.Attempt> charge) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < tries; i++) {
            int n = i;
            results.add(executor.submit(() -> {
                start.await();
                return charge.apply(n).allowed();
            }));
        }
        start.countDown();
        int allowed = 0;
        for (Future<Boolean> result : results) {
            allowed += result.get() ? 1 : 0;
        }
        return allowed;
    }

    @Test
    void twentyParallelWrongGuessesCountTwentyAndThenLockTheAccountButNotItsOwnersAddress() throws Exception {
        String email = Fixtures.email("sasaran");
        String home = address();
        throttling.charge(email, home);
        throttling.release(email, home); // the owner logged in from home once
        assertEquals(0, throttling.counts(email, home).account(), "a right password takes its count back");

        List<String> strangers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            strangers.add(address());
        }
        int allowed = chargeAtOnce(20, i -> throttling.charge(email, strangers.get(i)));
        assertEquals(20, allowed, "below every limit, each guess may check its password");
        assertEquals(20, throttling.counts(email, home).account(), "and each one is counted: none lost");

        LoginThrottling.Attempt another = throttling.charge(email, address());
        assertFalse(another.allowed(), "20 failures in an hour lock the account for strangers");
        assertTrue(another.refusedFor().toMinutes() >= 59, another.toString());
        assertTrue(throttling.charge(email, home).allowed(), "the owner's usual address still gets in");
    }

    @Test
    void twentyParallelGuessesFromOneAddressAtOneAccountLetFiveThrough() throws Exception {
        String email = Fixtures.email("sasaran");
        String stranger = address();
        int allowed = chargeAtOnce(20, i -> throttling.charge(email, stranger));
        assertEquals(5, allowed, "exactly five guesses per account and address, however fast they come");
        assertEquals(5, throttling.counts(email, stranger).pair());
        assertTrue(throttling.charge(email, address()).allowed(), "another address is not locked");
    }

    @Test
    void twentyParallelGuessesFromOneAddressAtManyAccountsCountTwenty() throws Exception {
        String sprayer = address();
        int allowed = chargeAtOnce(20, i -> throttling.charge(Fixtures.email("semprot" + i), sprayer));
        assertEquals(20, allowed);
        assertEquals(20, throttling.counts(Fixtures.email("siapa"), sprayer).address());
    }

    @Test
    void onlyActiveAccountsLogIn() throws Exception {
        String password = "kata-sandi-uji-" + UUID.randomUUID();
        Account active = setup.createDemoAccount(Fixtures.email("aktif"), "Aktif", passwords.hash(password), false);
        Account disabled =
                setup.createDemoAccount(Fixtures.email("nonaktif"), "Nonaktif", passwords.hash(password), false);
        setStatus(disabled.getId(), "DISABLED");

        assertEquals(CredentialValidationResult.Status.VALID, validate(active.getEmail(), password));
        assertEquals(
                CredentialValidationResult.Status.INVALID,
                validate(disabled.getEmail(), password),
                "a DISABLED account cannot log in, even with its right password");
        setStatus(active.getId(), "DELETED");
        assertEquals(CredentialValidationResult.Status.INVALID, validate(active.getEmail(), password));
    }

    @Test
    void aHashOfAnOlderCostIsStoredAnewAtLogin() throws Exception {
        String password = "kata-sandi-lama-" + UUID.randomUUID();
        Account account = setup.createDemoAccount(Fixtures.email("lama"), "Lama", pbkdf2AtCost(password, 1_000), false);
        assertTrue(passwords.needsRehash(
                accounts.find(account.getId()).orElseThrow().getPasswordHash()));

        assertEquals(CredentialValidationResult.Status.VALID, validate(account.getEmail(), password));
        String stored = accounts.find(account.getId()).orElseThrow().getPasswordHash();
        assertTrue(stored.startsWith("pbkdf2-sha512$210000$"), "stored at today's cost: " + stored);
        assertFalse(passwords.needsRehash(stored));
        assertEquals(CredentialValidationResult.Status.VALID, validate(account.getEmail(), password));
        assertEquals(stored, accounts.find(account.getId()).orElseThrow().getPasswordHash(), "and only once");
    }

    CredentialValidationResult.Status validate(String email, String password) {
        return identities
                .validate(new UsernamePasswordCredential(email, password))
                .getStatus();
    }

    void setStatus(long accountId, String status) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("UPDATE account SET status = ? WHERE id = ?")) {
            st.setString(1, status);
            st.setLong(2, accountId);
            assertEquals(1, st.executeUpdate());
        }
    }

    /** The stored form of an older release that hashed with fewer iterations. */
    static String pbkdf2AtCost(String password, int iterations) throws Exception {
        byte[] salt = UUID.randomUUID().toString().substring(0, 16).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 512))
                .getEncoded();
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return "pbkdf2-sha512$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }
}
