package id.portaldesa.account.security;

import id.portaldesa.shared.ratelimit.Limit;
import id.portaldesa.shared.ratelimit.RateLimitExceededException;
import id.portaldesa.shared.ratelimit.RateLimiter;
import id.portaldesa.shared.security.ClientAddresses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The portal's form login. The login page hands the credential over through {@code
 * SecurityContext.authenticate}; this mechanism refuses addresses over the login rate limit, counts
 * the try as a failure and refuses it when locked ({@link LoginThrottling}), all before checking the
 * password, takes the failure back when the password was right, and keeps the caller in the HTTP
 * session afterwards. When the count cannot be kept (the database fails), the login is refused. Requests
 * without a credential pass through untouched: which pages need a login is decided by {@code
 * AccessFilter}, with the village in mind.
 */
@ApplicationScoped
@AutoApplySession
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(PortalAuthenticationMechanism.class.getName());

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    LoginThrottling throttling;

    @Inject
    LoginAttempt attempt;

    @Inject
    ClientAddresses clientAddresses;

    @Inject
    RateLimiter rateLimiter;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (!(context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential login)) {
            return context.doNothing();
        }
        String email = login.getCaller().trim().toLowerCase(java.util.Locale.ROOT);
        String address = clientAddresses.of(request);
        try {
            // Every try counts, right, wrong or locked out: trying many accounts from one address is slowed too.
            rateLimiter.attempt(Limit.LOGIN, RateLimiter.addressKey(address));
        } catch (RateLimitExceededException refused) {
            attempt.rateLimited(refused);
            return AuthenticationStatus.SEND_FAILURE;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Login refused: the login rate limit could not be kept", e);
            attempt.unavailable();
            return AuthenticationStatus.SEND_FAILURE;
        }
        LoginThrottling.Attempt counted;
        try {
            // Counted as a failure before the password is checked, taken back below when it was right.
            counted = throttling.charge(email, address);
        } catch (RuntimeException e) {
            // Not counted is not allowed: a guesser must not get free tries while the database struggles.
            LOG.log(Level.WARNING, "Login refused: the failed-login count could not be kept", e);
            attempt.unavailable();
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (!counted.allowed()) {
            attempt.locked(counted.refusedFor());
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result =
                identityStores.validate(new UsernamePasswordCredential(email, login.getPassword()));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            if (!counted.lockedAfterFailure().isZero()) {
                attempt.locked(counted.lockedAfterFailure());
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        try {
            throttling.release(email, address);
        } catch (RuntimeException e) {
            // The person proved the password; one failure too many on record costs them nothing now.
            LOG.log(Level.WARNING, "A successful login's counted failure could not be taken back", e);
        }
        return context.notifyContainerAboutLogin(result);
    }
}
