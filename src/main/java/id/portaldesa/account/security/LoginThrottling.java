package id.portaldesa.account.security;

import id.portaldesa.account.LockoutPolicy;
import id.portaldesa.account.LoginThrottle;
import id.portaldesa.shared.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Applies {@link LockoutPolicy} to a login: per account and address, per account (sparing the
 * addresses the owner logged in from lately) and per address, stored in the database.
 *
 * <p>A try is counted as a failure <em>before</em> the password is checked ({@link #charge}), under
 * row locks, and taken back only when the password was right ({@link #release}). So parallel guesses
 * each count (20 at once count 20), a guess cannot slip between "is it locked?" and "count it", and a
 * login that dies half-way still counts. The caller refuses the login when counting fails.
 */
@ApplicationScoped
public class LoginThrottling {

    @Inject
    LoginThrottleRows rows;

    /**
     * Counts one failure of this login before its password is checked.
     *
     * @return zero when the password may be checked; otherwise how long the login is still locked (and
     *     nothing was counted)
     * @throws RuntimeException when the database cannot count it: the login must then be refused
     */
    public Attempt charge(String email, String address) {
        List<LoginThrottleRows.Subject> subjects = subjects(email, address);
        rows.create(subjects);
        LoginThrottleRows.Charge charge = rows.charge(subjects, Optional.of(known(email, address)));
        return new Attempt(charge.allowed() ? Duration.ZERO : charge.locked(), charge.locked());
    }

    /** The password was right: takes the failure counted by {@link #charge} back, and knows the address. */
    public void release(String email, String address) {
        String known = known(email, address);
        rows.create(List.of(new LoginThrottleRows.Subject(LoginThrottle.Kind.KNOWN, known, null)));
        rows.release(subjects(email, address), Optional.of(known));
    }

    /**
     * A password asked again inside a session (settings, export, deletion) counts like a login against
     * the account-wide limit: a borrowed session must not be a way to guess it without limit.
     *
     * @return zero when the password may be checked (counted), else how long the account is locked
     */
    public Duration chargeAccount(String email) {
        List<LoginThrottleRows.Subject> subjects = List.of(account(email));
        rows.create(subjects);
        LoginThrottleRows.Charge charge = rows.charge(subjects, Optional.empty());
        return charge.allowed() ? Duration.ZERO : charge.locked();
    }

    public void releaseAccount(String email) {
        rows.release(List.of(account(email)), Optional.empty());
    }

    /** Failures counted now for the account from this address, for the account, and for the address. */
    public Counts counts(String email, String address) {
        List<LoginThrottleRows.Subject> s = subjects(email, address);
        return new Counts(
                rows.failures(s.get(0).kind(), s.get(0).hash()),
                rows.failures(s.get(1).kind(), s.get(1).hash()),
                rows.failures(s.get(2).kind(), s.get(2).hash()));
    }

    /** What counting a login attempt found. */
    public record Attempt(Duration refusedFor, Duration lockedAfterFailure) {
        public boolean allowed() {
            return refusedFor.isZero();
        }
    }

    /** Failures counted per subject. */
    public record Counts(int pair, int account, int address) {}

    private static List<LoginThrottleRows.Subject> subjects(String email, String address) {
        return List.of(
                new LoginThrottleRows.Subject(
                        LoginThrottle.Kind.PAIR, hash("pair", email, address), LockoutPolicy.PAIR),
                account(email),
                new LoginThrottleRows.Subject(
                        LoginThrottle.Kind.ADDRESS, hash("address", address), LockoutPolicy.ADDRESS));
    }

    private static LoginThrottleRows.Subject account(String email) {
        return new LoginThrottleRows.Subject(LoginThrottle.Kind.ACCOUNT, accountHash(email), LockoutPolicy.ACCOUNT);
    }

    private static String known(String email, String address) {
        return hash("known", email, address);
    }

    /** The stored subject of an account's own row, e.g. to delete it with the account. */
    public static String accountHash(String email) {
        return hash("account", email);
    }

    private static String hash(String kind, String... parts) {
        StringBuilder key = new StringBuilder(kind);
        for (String part : parts) {
            key.append('\n').append(part == null ? "" : part.trim().toLowerCase(Locale.ROOT));
        }
        return Tokens.sha256(key.toString());
    }
}
