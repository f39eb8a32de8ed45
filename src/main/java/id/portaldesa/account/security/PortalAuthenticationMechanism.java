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
import java.time.Duration;

/**
 * The portal's form login. The login page hands the credential over through {@code
 * SecurityContext.authenticate}; this mechanism refuses locked accounts and addresses, and addresses over the
 * login rate limit, before checking the password, counts failures, and keeps the caller in the HTTP session afterwards. Requests
 * without a credential pass through untouched: which pages need a login is decided by {@code
 * AccessFilter}, with the village in mind.
 */
@ApplicationScoped
@AutoApplySession
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

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
        }
        Duration locked = throttling.lockedFor(email, address);
        if (!locked.isZero()) {
            attempt.locked(locked);
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result =
                identityStores.validate(new UsernamePasswordCredential(email, login.getPassword()));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throttling.failed(email, address);
            Duration nowLocked = throttling.lockedFor(email, address);
            if (!nowLocked.isZero()) {
                attempt.locked(nowLocked);
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        throttling.succeeded(email);
        return context.notifyContainerAboutLogin(result);
    }
}
