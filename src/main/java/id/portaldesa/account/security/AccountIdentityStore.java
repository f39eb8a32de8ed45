package id.portaldesa.account.security;

import id.portaldesa.account.Account;
import id.portaldesa.account.AccountActivity;
import id.portaldesa.account.AccountRepository;
import id.portaldesa.account.AccountStatus;
import id.portaldesa.account.PasswordHasher;
import id.portaldesa.account.PasswordUpgrades;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Checks an email and password against the portal's accounts. The caller is known by account id, so
 * a changed email address does not change who is logged in. Village roles are not groups here: they
 * are read per request from memberships, so a revocation takes effect at once.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    public static final String USER = "USER";
    public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher passwords;

    @Inject
    LoginAttempt attempt;

    @Inject
    PasswordUpgrades upgrades;

    @Inject
    AccountActivity activity;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Optional<Account> found = accounts.findByEmail(login.getCaller());
        if (found.isEmpty()) {
            passwords.verifyNothing(login.getPasswordAsString());
            return CredentialValidationResult.INVALID_RESULT;
        }
        Account account = found.get();
        if (!passwords.verify(login.getPasswordAsString(), account.getPasswordHash())
                || account.getStatus() == AccountStatus.DISABLED) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (account.getStatus() == AccountStatus.PENDING) {
            attempt.notConfirmed();
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (account.getStatus() != AccountStatus.ACTIVE) {
            return CredentialValidationResult.INVALID_RESULT; // DELETED: its hash matches nothing anyway
        }
        upgrades.upgradeIfNeeded(account.getId(), account.getPasswordHash(), login.getPasswordAsString());
        // "An admin who logged in within 30 days" on the regency dashboard.
        activity.loggedIn(account.getId());
        Set<String> groups = new HashSet<>(Set.of(USER));
        if (account.isPlatformAdmin()) {
            groups.add(PLATFORM_ADMIN);
        }
        return new CredentialValidationResult(String.valueOf(account.getId()), groups);
    }
}
