package id.portaldesa.shared.ratelimit;

import id.portaldesa.shared.Tokens;
import id.portaldesa.shared.security.ClientAddresses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.eclipse.microprofile.config.Config;

/**
 * Counts an attempt against a named {@link Limit} and refuses it with {@link
 * RateLimitExceededException} when the key has used up its window. Keys are a visitor's address
 * (behind the trusted proxies, see {@link ClientAddresses}) or an account; a use that needs both
 * calls both. The counts live in the database: they survive restarts and hold across nodes.
 */
@ApplicationScoped
public class RateLimiter {

    @Inject
    RateCounters counters;

    @Inject
    ClientAddresses addresses;

    @Inject
    HttpServletRequest request;

    @Inject
    Config config;

    /** One attempt by the visitor of the current request, keyed by their address. */
    public void attemptByVisitor(Limit limit) {
        attempt(limit, addressKey(addresses.of(request)));
    }

    /** One attempt for an account, keyed by its email address (case does not matter). */
    public void attemptByAccount(Limit limit, String email) {
        attempt(limit, accountKey(email));
    }

    /**
     * One attempt for any key, e.g. {@link #addressKey} or {@link #accountKey}.
     *
     * @throws RateLimitExceededException when the key has had {@code max} attempts in the window
     */
    public void attempt(Limit limit, String key) {
        String hash = Tokens.sha256(key);
        int max = max(limit);
        RateWindow.Decision decision = counters.attempt(limit.name(), hash, max, limit.window())
                .orElseGet(() -> {
                    counters.create(limit.name(), hash);
                    return counters.attempt(limit.name(), hash, max, limit.window())
                            .orElseThrow();
                });
        if (!decision.allowed()) {
            throw new RateLimitExceededException(limit, decision.retryAfter());
        }
    }

    /** Attempts counted for the key in its current window, as stored. */
    public int hits(Limit limit, String key) {
        return counters.hits(limit.name(), Tokens.sha256(key), limit.window());
    }

    /** The limit's allowance, {@code portal.rate.<name>.max} when configured. */
    public int max(Limit limit) {
        return config.getOptionalValue("portal.rate." + limit.configName() + ".max", Integer.class)
                .orElse(limit.max());
    }

    public static String addressKey(String address) {
        return "address:" + address;
    }

    public static String accountKey(String email) {
        return "account:" + email.trim().toLowerCase(Locale.ROOT);
    }
}
