package id.portaldesa.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.shared.i18n.Messages;
import id.portaldesa.shared.ratelimit.Limit;
import id.portaldesa.shared.ratelimit.RateLimitExceededException;
import id.portaldesa.shared.ratelimit.RateLimiter;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The rate limit holds per key, in the database, and under concurrent attempts. */
@ExtendWith(ArquillianExtension.class)
class RateLimiterIT {

    @Inject
    RateLimiter limiter;

    @PersistenceContext
    EntityManager em;

    @Resource
    ManagedExecutorService executor;

    @Test
    void theLimitHoldsForOneKeyOnlyAndSaysHowLongToWait() {
        String key = RateLimiter.accountKey(Fixtures.email("reset"));
        String other = RateLimiter.accountKey(Fixtures.email("reset-other"));
        int max = limiter.max(Limit.PASSWORD_RESET);
        for (int i = 0; i < max; i++) {
            limiter.attempt(Limit.PASSWORD_RESET, key);
        }
        RateLimitExceededException refused =
                assertThrows(RateLimitExceededException.class, () -> limiter.attempt(Limit.PASSWORD_RESET, key));
        assertEquals(Limit.PASSWORD_RESET, refused.getLimit());
        assertEquals("ratelimit.exceeded", refused.getMessageKey());
        assertEquals(60L, refused.getArguments()[0], "a window of an hour has just started");
        assertTrue(Messages.get(Locale.forLanguageTag("id"), refused.getMessageKey(), refused.getArguments())
                .contains("60 menit"));
        assertTrue(Messages.get(Locale.ENGLISH, refused.getMessageKey(), refused.getArguments())
                .contains("60 minutes"));

        limiter.attempt(Limit.PASSWORD_RESET, other);
        assertEquals(1, limiter.hits(Limit.PASSWORD_RESET, other), "another key is unaffected");
        limiter.attempt(Limit.REGISTRATION, key);
        assertEquals(1, limiter.hits(Limit.REGISTRATION, key), "another limit of the same key is unaffected");
    }

    @Test
    void theCountIsInTheDatabaseUnderAHashedKey() {
        String address = "203.0.113." + (int) (Math.random() * 250);
        String key = RateLimiter.addressKey(address + "-" + UUID.randomUUID());
        limiter.attempt(Limit.SUBMISSION, key);
        limiter.attempt(Limit.SUBMISSION, key);

        // Read as another node would: straight from the table, in a fresh transaction.
        Number hits = (Number)
                em.createNativeQuery("select hits from rate_limit where limit_name = 'SUBMISSION' and key_hash = ?1")
                        .setParameter(1, id.portaldesa.shared.Tokens.sha256(key))
                        .getSingleResult();
        assertEquals(2, hits.intValue());
        Number plain = (Number) em.createNativeQuery("select count(*) from rate_limit where key_hash like ?1")
                .setParameter(1, "%" + address + "%")
                .getSingleResult();
        assertEquals(0, plain.intValue(), "no address is stored in the clear");
    }

    @Test
    void concurrentAttemptsOnOneKeyAreAllCountedAndNoneTooMany() throws Exception {
        String key = RateLimiter.accountKey(Fixtures.email("race"));
        int max = limiter.max(Limit.PASSWORD_RESET);
        int tries = 4 * max;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < tries; i++) {
            Callable<Boolean> attempt = () -> {
                start.await();
                try {
                    limiter.attempt(Limit.PASSWORD_RESET, key);
                    return true;
                } catch (RateLimitExceededException e) {
                    return false;
                }
            };
            results.add(executor.submit(attempt));
        }
        start.countDown();
        int allowed = 0;
        for (Future<Boolean> result : results) {
            allowed += result.get() ? 1 : 0;
        }
        assertEquals(max, allowed, "exactly the allowance got through");
        assertEquals(max, limiter.hits(Limit.PASSWORD_RESET, key));
    }
}
