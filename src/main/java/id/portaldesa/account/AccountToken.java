package id.portaldesa.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A one-time link: email confirmation, setup of the first platform admin, password reset, or the
 * confirmation of a new email address (which the token carries). Stored as a hash.
 */
@Entity
@Table(name = "account_token")
public class AccountToken {

    /** What the link is for. */
    public enum Purpose {
        CONFIRM_EMAIL,
        PLATFORM_SETUP,
        RESET_PASSWORD,
        CHANGE_EMAIL
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", updatable = false)
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Purpose purpose;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "new_email", updatable = false)
    private String newEmail;

    protected AccountToken() {}

    public AccountToken(Long accountId, Purpose purpose, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.accountId = accountId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** A link to confirm {@code newEmail} as the account's new address. */
    public static AccountToken emailChange(
            long accountId, String newEmail, String tokenHash, Instant createdAt, Instant expiresAt) {
        AccountToken token = new AccountToken(accountId, Purpose.CHANGE_EMAIL, tokenHash, createdAt, expiresAt);
        token.newEmail = newEmail;
        return token;
    }

    public Long getId() {
        return id;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public void use(Instant at) {
        this.usedAt = at;
    }
}
