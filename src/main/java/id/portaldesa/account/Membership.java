package id.portaldesa.account;

import id.portaldesa.shared.persistence.VillageOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A role held by an account in one village. Revoked memberships are kept, with the time of revocation. */
@Entity
@Table(name = "membership")
public class Membership extends VillageOwned {

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Role role;

    @Enumerated(EnumType.STRING)
    @Column(name = "official_position")
    private Position position;

    @Column(name = "granted_at", nullable = false, updatable = false)
    private Instant grantedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "acting")
    private Acting acting;

    @Column(name = "official_title")
    private String officialTitle;

    protected Membership() {}

    public Membership(long villageId, long accountId, Role role, Position position, Instant grantedAt) {
        super(villageId);
        this.accountId = accountId;
        this.role = role;
        this.position = role == Role.OFFICIAL ? position : null;
        this.grantedAt = grantedAt;
    }

    /** An official's appointment: acting capacity and the title printed on letters. */
    public Membership appointed(Acting acting, String officialTitle) {
        if (role == Role.OFFICIAL) {
            this.acting = acting;
            this.officialTitle = officialTitle;
        }
        return this;
    }

    public Acting getActing() {
        return acting;
    }

    public String getOfficialTitle() {
        return officialTitle;
    }

    public long getAccountId() {
        return accountId;
    }

    public Role getRole() {
        return role;
    }

    public Position getPosition() {
        return position;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public void revoke(Instant at) {
        this.revokedAt = at;
    }
}
