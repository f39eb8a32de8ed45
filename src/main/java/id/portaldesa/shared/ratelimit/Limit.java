package id.portaldesa.shared.ratelimit;

import java.time.Duration;

/**
 * The named limits: at most {@code max} attempts per key in a window of {@code window}. Addresses are
 * often shared (mobile carriers put many phones behind one address, a village hall's connection serves
 * many residents), so limits by address are generous; the login lockout handles guessing passwords.
 * Each can be changed with {@code portal.rate.<name>.max} (e.g. {@code PORTAL_RATE_REGISTRATION_MAX}).
 */
public enum Limit {
    /** New resident accounts from one address. */
    REGISTRATION(20, Duration.ofHours(1)),
    /** Confirmation links used (pressed) from one address. */
    CONFIRMATION(30, Duration.ofHours(1)),
    /** Login attempts (successful or not) from one address. */
    LOGIN(100, Duration.ofMinutes(15)),
    /** Password reset mails, per address and per account. */
    PASSWORD_RESET(5, Duration.ofHours(1)),
    /** Submissions (letter requests, aspirations, complaints) per account or address. */
    SUBMISSION(30, Duration.ofHours(1)),
    /** Verification addresses of letters looked up in vain (tokens guessed) from one address. */
    VERIFICATION(30, Duration.ofHours(1)),
    /** Supports given or withdrawn on aspirations, per account and per address. */
    SUPPORT(120, Duration.ofHours(1)),
    /** Aspirations flagged as abusive, per account and per address. */
    FLAG(20, Duration.ofHours(1)),
    /** Complaint tracking addresses looked up in vain (tokens guessed) from one address. */
    TRACKING(30, Duration.ofHours(1));

    private final int max;
    private final Duration window;

    Limit(int max, Duration window) {
        this.max = max;
        this.window = window;
    }

    public int max() {
        return max;
    }

    public Duration window() {
        return window;
    }

    /** {@code registration}, as in the configuration key {@code portal.rate.registration.max}. */
    public String configName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
