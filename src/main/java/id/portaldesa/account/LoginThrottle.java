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
 * Failed logins of one account, or from one client address, in the current window. Kept in the
 * database so neither a new session cookie nor a restart resets it.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

    /** Whose failures are counted. */
    public enum Kind {
        ACCOUNT,
        ADDRESS
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

    public LockoutPolicy.State state() {
        return new LockoutPolicy.State(failures, windowStart, lockedUntil);
    }

    public void apply(LockoutPolicy.State state) {
        this.failures = state.failures();
        this.windowStart = state.windowStart();
        this.lockedUntil = state.lockedUntil();
    }
}
