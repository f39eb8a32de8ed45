package id.portaldesa.account.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import id.portaldesa.shared.ratelimit.Limit;
import id.portaldesa.shared.ratelimit.RateLimiter;
import id.portaldesa.shared.security.ClientAddresses;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The login mechanism refuses, without checking the password, whatever the lockout cannot count. */
class PortalAuthenticationMechanismTest {

    final AtomicBoolean passwordChecked = new AtomicBoolean();
    final LoginAttempt attempt = new LoginAttempt();

    PortalAuthenticationMechanism mechanism(LoginThrottling throttling, RateLimiter limiter) {
        PortalAuthenticationMechanism m = new PortalAuthenticationMechanism();
        m.throttling = throttling;
        m.rateLimiter = limiter;
        m.attempt = attempt;
        m.clientAddresses = new ClientAddresses() {
            @Override
            public String of(HttpServletRequest request) {
                return "198.51.100.7";
            }
        };
        m.identityStores = credential -> {
            passwordChecked.set(true);
            return new CredentialValidationResult("1");
        };
        return m;
    }

    static final RateLimiter NO_LIMIT = new RateLimiter() {
        @Override
        public void attempt(Limit limit, String key) {}
    };

    AuthenticationStatus login(PortalAuthenticationMechanism m) {
        AuthenticationParameters parameters = AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential("warga@contoh.id", new Password("benar-sekali")));
        HttpMessageContext context = (HttpMessageContext) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {HttpMessageContext.class}, (proxy, method, args) -> {
                    return switch (method.getName()) {
                        case "getAuthParameters" -> parameters;
                        case "notifyContainerAboutLogin" -> AuthenticationStatus.SUCCESS;
                        case "doNothing" -> AuthenticationStatus.NOT_DONE;
                        default -> null;
                    };
                });
        return m.validateRequest(null, (HttpServletResponse) null, context);
    }

    @Test
    void aDatabaseErrorWhileCountingRefusesTheLoginWithoutCheckingThePassword() {
        LoginThrottling broken = new LoginThrottling() {
            @Override
            public Attempt charge(String email, String address) {
                throw new jakarta.persistence.PersistenceException("connection refused");
            }
        };
        assertEquals(AuthenticationStatus.SEND_FAILURE, login(mechanism(broken, NO_LIMIT)));
        assertFalse(passwordChecked.get(), "the right password is not even looked at");
        assertEquals(LoginAttempt.Failure.UNAVAILABLE, attempt.getFailure());
    }

    @Test
    void aDatabaseErrorInTheRateLimitRefusesTheLoginToo() {
        RateLimiter broken = new RateLimiter() {
            @Override
            public void attempt(Limit limit, String key) {
                throw new jakarta.persistence.PersistenceException("connection refused");
            }
        };
        assertEquals(AuthenticationStatus.SEND_FAILURE, login(mechanism(new LoginThrottling(), broken)));
        assertFalse(passwordChecked.get());
    }

    @Test
    void aLockedLoginIsRefusedWithoutCheckingThePassword() {
        LoginThrottling locked = new LoginThrottling() {
            @Override
            public Attempt charge(String email, String address) {
                return new Attempt(Duration.ofMinutes(15), Duration.ofMinutes(15));
            }
        };
        assertEquals(AuthenticationStatus.SEND_FAILURE, login(mechanism(locked, NO_LIMIT)));
        assertFalse(passwordChecked.get());
        assertEquals(LoginAttempt.Failure.LOCKED, attempt.getFailure());
    }

    @Test
    void theRightPasswordTakesItsCountBack() {
        AtomicBoolean released = new AtomicBoolean();
        LoginThrottling counting = new LoginThrottling() {
            @Override
            public Attempt charge(String email, String address) {
                return new Attempt(Duration.ZERO, Duration.ZERO);
            }

            @Override
            public void release(String email, String address) {
                released.set(true);
            }
        };
        assertEquals(AuthenticationStatus.SUCCESS, login(mechanism(counting, NO_LIMIT)));
        assertEquals(true, released.get());
    }
}
