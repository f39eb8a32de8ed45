package id.portaldesa.account.security;

import id.portaldesa.account.LockoutPolicy;
import id.portaldesa.account.LoginThrottle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Applies {@link LockoutPolicy} per account and per client address, stored in the database. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class LoginThrottling {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** How long the account or address is still locked; zero when a login may be tried. */
    public Duration lockedFor(String email, String address) {
        Instant now = clock.instant();
        Duration account = find(LoginThrottle.Kind.ACCOUNT, email)
                .map(t -> LockoutPolicy.ACCOUNT.remaining(t.state(), now))
                .orElse(Duration.ZERO);
        Duration byAddress = find(LoginThrottle.Kind.ADDRESS, address)
                .map(t -> LockoutPolicy.ADDRESS.remaining(t.state(), now))
                .orElse(Duration.ZERO);
        return account.compareTo(byAddress) >= 0 ? account : byAddress;
    }

    public void failed(String email, String address) {
        Instant now = clock.instant();
        record(LoginThrottle.Kind.ACCOUNT, email, LockoutPolicy.ACCOUNT, now);
        record(LoginThrottle.Kind.ADDRESS, address, LockoutPolicy.ADDRESS, now);
    }

    /**
     * A password asked again inside a session (settings, export, deletion) counts like a login: a
     * borrowed session must not be a way to guess it without limit.
     */
    public Duration accountLockedFor(String email) {
        return find(LoginThrottle.Kind.ACCOUNT, email)
                .map(t -> LockoutPolicy.ACCOUNT.remaining(t.state(), clock.instant()))
                .orElse(Duration.ZERO);
    }

    public void accountFailed(String email) {
        record(LoginThrottle.Kind.ACCOUNT, email, LockoutPolicy.ACCOUNT, clock.instant());
    }

    public void succeeded(String email) {
        find(LoginThrottle.Kind.ACCOUNT, email)
                .ifPresent(t -> t.apply(LockoutPolicy.ACCOUNT.afterSuccess(clock.instant())));
    }

    private void record(LoginThrottle.Kind kind, String subject, LockoutPolicy policy, Instant now) {
        LoginThrottle throttle = find(kind, subject).orElseGet(() -> {
            LoginThrottle fresh = new LoginThrottle(kind, subject, now);
            em.persist(fresh);
            return fresh;
        });
        throttle.apply(policy.afterFailure(throttle.state(), now));
    }

    private Optional<LoginThrottle> find(LoginThrottle.Kind kind, String subject) {
        return em.createQuery("select t from LoginThrottle t where t.kind = :k and t.subject = :s", LoginThrottle.class)
                .setParameter("k", kind)
                .setParameter("s", subject)
                .getResultStream()
                .findFirst();
    }
}
