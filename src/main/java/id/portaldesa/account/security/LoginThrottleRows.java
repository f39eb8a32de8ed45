package id.portaldesa.account.security;

import id.portaldesa.account.LockoutPolicy;
import id.portaldesa.account.LoginThrottle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The throttle rows in the database, each step in a transaction of its own (like {@code
 * RateCounters}): rows are created first and committed, then counted under row locks ({@code select
 * … for update}), always in the order of {@link LoginThrottle.Kind}, so attempts from any node queue
 * on the rows instead of overwriting each other's counts, and two attempts cannot deadlock.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class LoginThrottleRows {

    /** The subjects of one attempt and the policy each is counted by, in locking order. */
    record Subject(LoginThrottle.Kind kind, String hash, LockoutPolicy policy) {}

    /** The outcome of counting: refused (nothing counted) or counted, and how long it is locked now. */
    record Charge(boolean allowed, Duration locked) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Creates the rows that do not exist yet; two nodes creating one at once both succeed. */
    public void create(List<Subject> subjects) {
        Timestamp now = Timestamp.from(clock.instant());
        for (Subject s : subjects) {
            em.createNativeQuery("INSERT IGNORE INTO login_throttle (subject_kind, subject, failures, window_start)"
                            + " VALUES (?1, ?2, 0, ?3)")
                    .setParameter(1, s.kind().name())
                    .setParameter(2, s.hash())
                    .setParameter(3, now)
                    .executeUpdate();
        }
    }

    /**
     * Refuses the attempt when a subject not {@code spared} is locked; otherwise counts a failure on
     * every subject, before the password is checked, and says how long the attempt's subjects are
     * locked now (the answer to give when the password turns out wrong).
     */
    public Charge charge(List<Subject> subjects, Optional<String> known) {
        Instant now = clock.instant();
        boolean spared = known.flatMap(hash -> find(LoginThrottle.Kind.KNOWN, hash, false))
                .map(k -> k.getWindowStart().plus(LockoutPolicy.KNOWN_FOR).isAfter(now))
                .orElse(false);
        Map<Subject, LoginThrottle> rows = new java.util.LinkedHashMap<>();
        Duration refused = Duration.ZERO;
        for (Subject s : subjects) {
            LoginThrottle row = find(s.kind(), s.hash(), true).orElseThrow();
            rows.put(s, row);
            if (!(spared && s.kind() == LoginThrottle.Kind.ACCOUNT)) {
                refused = longer(refused, s.policy().remaining(row.state(), now));
            }
        }
        if (!refused.isZero()) {
            return new Charge(false, refused);
        }
        Duration locked = Duration.ZERO;
        for (Map.Entry<Subject, LoginThrottle> e : rows.entrySet()) {
            LockoutPolicy policy = e.getKey().policy();
            LoginThrottle row = e.getValue();
            row.apply(policy.afterFailure(row.state(), now));
            if (!(spared && e.getKey().kind() == LoginThrottle.Kind.ACCOUNT)) {
                locked = longer(locked, policy.remaining(row.state(), now));
            }
        }
        return new Charge(true, locked);
    }

    /** The password was right: the pair starts afresh, the others take back the failure counted. */
    public void release(List<Subject> subjects, Optional<String> known) {
        Instant now = clock.instant();
        for (Subject s : subjects) {
            find(s.kind(), s.hash(), true)
                    .ifPresent(row -> row.apply(
                            s.kind() == LoginThrottle.Kind.PAIR
                                    ? s.policy().afterSuccess(now)
                                    : s.policy().afterRelease(row.state())));
        }
        known.ifPresent(
                hash -> em.createNativeQuery("UPDATE login_throttle SET window_start = ?1, version = version + 1"
                                + " WHERE subject_kind = 'KNOWN' AND subject = ?2")
                        .setParameter(1, Timestamp.from(now))
                        .setParameter(2, hash)
                        .executeUpdate());
    }

    /**
     * The failures counted for a subject in its current row (0 when none): for tests and support. A
     * read in a transaction of its own, like every other method here: an entity manager used outside
     * one is the request's, and container tasks working for that request close it.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public int failures(LoginThrottle.Kind kind, String hash) {
        return find(kind, hash, false).map(LoginThrottle::getFailures).orElse(0);
    }

    private Optional<LoginThrottle> find(LoginThrottle.Kind kind, String hash, boolean lock) {
        var query = em.createQuery(
                        "select t from LoginThrottle t where t.kind = :k and t.subject = :s", LoginThrottle.class)
                .setParameter("k", kind)
                .setParameter("s", hash);
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst();
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
