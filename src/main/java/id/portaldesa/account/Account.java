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

/** One person who can log in. What they may do in a village comes from their memberships. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccountStatus status;

    @Column(name = "platform_admin", nullable = false)
    private boolean platformAdmin;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** Normalised to {@code +62…}, see {@link PhoneNumbers}. */
    @Column
    private String phone;

    /** A mobile number for WhatsApp, {@code +628…}; optional. */
    @Column
    private String whatsapp;

    @Column(name = "erased_at")
    private Instant erasedAt;

    @Version
    private long version;

    protected Account() {}

    public Account(String email, String displayName, String passwordHash, AccountStatus status, Instant createdAt) {
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.status = status;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public void setStatus(AccountStatus status) {
        this.status = status;
    }

    public boolean isPlatformAdmin() {
        return platformAdmin;
    }

    public void setPlatformAdmin(boolean platformAdmin) {
        this.platformAdmin = platformAdmin;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getPhone() {
        return phone;
    }

    public String getWhatsapp() {
        return whatsapp;
    }

    /** Both already normalised, or null. */
    public void setContact(String phone, String whatsapp) {
        this.phone = phone;
        this.whatsapp = whatsapp;
    }

    /** Only after the new address was confirmed by the link sent to it. */
    void changeEmail(String normalisedEmail) {
        this.email = normalisedEmail;
    }

    /** Whether the person can use the account at all (log in, stay logged in). */
    public boolean isUsable() {
        return status == AccountStatus.ACTIVE;
    }

    public Instant getErasedAt() {
        return erasedAt;
    }

    /**
     * Erases the person from the row and keeps the id, which records that must be kept (issued
     * letters, recorded state changes) refer to. The password hash can match no password.
     */
    void erase(Instant at) {
        this.displayName = "Akun terhapus #" + id;
        this.email = "terhapus-" + id + "@akun.invalid";
        this.passwordHash = "erased";
        this.phone = null;
        this.whatsapp = null;
        this.platformAdmin = false;
        this.status = AccountStatus.DELETED;
        this.erasedAt = at;
    }
}
