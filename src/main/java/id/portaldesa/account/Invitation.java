package id.portaldesa.account;

import id.portaldesa.shared.persistence.VillageOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A village admin's invitation to join the village's staff; used once, expires, can be revoked. */
@Entity
@Table(name = "invitation")
public class Invitation extends VillageOwned {

    @Column(nullable = false, updatable = false)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Role role;

    @Enumerated(EnumType.STRING)
    @Column(name = "official_position", updatable = false)
    private Position position;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "invited_by", updatable = false)
    private Long invitedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    /** Sent from the platform to replace the village's admins: accepting it revokes the others. */
    @Column(name = "replaces_admins", nullable = false, updatable = false)
    private boolean replacesAdmins;

    @Enumerated(EnumType.STRING)
    @Column(name = "acting")
    private Acting acting;

    protected Invitation() {}

    public Invitation(
            long villageId,
            String email,
            Role role,
            Position position,
            String tokenHash,
            Long invitedBy,
            Instant createdAt,
            Instant expiresAt) {
        super(villageId);
        this.email = email;
        this.role = role;
        this.position = role == Role.OFFICIAL ? position : null;
        this.tokenHash = tokenHash;
        this.invitedBy = invitedBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public Invitation acting(Acting acting) {
        this.acting = role == Role.OFFICIAL ? acting : null;
        return this;
    }

    public Acting getActing() {
        return acting;
    }

    public String getEmail() {
        return email;
    }

    public Role getRole() {
        return role;
    }

    public Position getPosition() {
        return position;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public boolean isReplacingAdmins() {
        return replacesAdmins;
    }

    void replaceAdmins() {
        this.replacesAdmins = role == Role.VILLAGE_ADMIN;
    }

    public boolean isPending(Instant now) {
        return acceptedAt == null && revokedAt == null && now.isBefore(expiresAt);
    }

    public boolean isUsed() {
        return acceptedAt != null || revokedAt != null;
    }

    public void accept(Instant at) {
        this.acceptedAt = at;
    }

    public void revoke(Instant at) {
        this.revokedAt = at;
    }
}
