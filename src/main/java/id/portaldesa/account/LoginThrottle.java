package id.portaldesa.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Failed logins of one subject (an account from one address, an account, an address) in the current
 * window, or when an account last logged in from an address. Kept in the database so neither a new
 * session cookie nor a restart resets it; the subject is stored only as a hash (addresses and email
 * addresses are personal data). Counted under a row lock by {@code LoginThrottling}.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

    /** Whose failures are counted. */
    public enum Kind {
        /** One account from one client address. */
        PAIR,
        /** One account from any address (the slower, account-wide limit). */
        ACCOUNT,
        /** One client address, whatever account it tries. */
        ADDRESS,
        /** A successful login of the account from the address: {@code windowStart} is when. */
        KNOWN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false, updatable = false)
    private Kind kind;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(nullable = false)
    private int failures;

    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Version
    private long version;

    protected LoginThrottle() {}

    public LoginThrottle(Kind kind, String subject, Instant now) {
        this.kind = kind;
        this.subject = subject;
        this.windowStart = now;
    }

    public Kind getKind() {
        return kind;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getWindowStart() {
        return windowStart;
    }

    public LockoutPolicy.State state() {
        return new LockoutPolicy.State(failures, windowStart, lockedUntil);
    }

    public void apply(LockoutPolicy.State state) {
        this.failures = state.failures();
        this.windowStart = state.windowStart();
        this.lockedUntil = state.lockedUntil();
    }
}
