package id.portaldesa.shared.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The counters in the database, each step in a transaction of its own: an attempt counts even when
 * the work it guards fails and rolls back, and the row lock is held only for the count itself.
 * Attempts on one key from any node queue on its row ({@code select … for update}), so none is lost.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class RateCounters {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Counts one attempt on an existing counter; empty when the key has no counter yet. */
    public Optional<RateWindow.Decision> attempt(String limitName, String keyHash, int max, Duration window) {
        return locked(limitName, keyHash).map(counter -> {
            RateWindow.Decision decision = RateWindow.attempt(counter.window(), clock.instant(), max, window);
            counter.apply(decision.window());
            return decision;
        });
    }

    /**
     * Creates the counter of a key unless it exists; two nodes creating it at once both succeed (the
     * second insert is ignored). Committed on its own, before any row is locked, so no gap lock is held.
     */
    public void create(String limitName, String keyHash) {
        em.createNativeQuery("INSERT IGNORE INTO rate_limit (limit_name, key_hash, window_start, hits)"
                        + " VALUES (?1, ?2, ?3, 0)")
                .setParameter(1, limitName)
                .setParameter(2, keyHash)
                .setParameter(3, Timestamp.from(clock.instant()))
                .executeUpdate();
    }

    /** Attempts counted in the key's current window (0 when none, or the window ran out). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public int hits(String limitName, String keyHash, Duration window) {
        return em.createQuery(
                        "select c from RateCounter c where c.limitName = :l and c.keyHash = :k", RateCounter.class)
                .setParameter("l", limitName)
                .setParameter("k", keyHash)
                .getResultStream()
                .findFirst()
                .filter(c -> c.getWindowStart().plus(window).isAfter(clock.instant()))
                .map(RateCounter::getHits)
                .orElse(0);
    }

    private Optional<RateCounter> locked(String limitName, String keyHash) {
        return em.createQuery(
                        "select c from RateCounter c where c.limitName = :l and c.keyHash = :k", RateCounter.class)
                .setParameter("l", limitName)
                .setParameter("k", keyHash)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }
}
