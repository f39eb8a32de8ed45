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
 * A regency role held for one regency ({@code 15.02}) or province ({@code 15}): the region's
 * villages, not one village, so it is not village-owned. Revoked ones are kept, with who and when.
 */
@Entity
@Table(name = "regional_membership")
public class RegionalMembership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Role role;

    @Column(name = "region_code", nullable = false, updatable = false)
    private String regionCode;

    @Column(name = "granted_at", nullable = false, updatable = false)
    private Instant grantedAt;

    @Column(name = "granted_by", updatable = false)
    private Long grantedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private Long revokedBy;

    @Version
    private long version;

    protected RegionalMembership() {}

    public RegionalMembership(long accountId, Role role, String regionCode, Long grantedBy, Instant grantedAt) {
        if (!role.isRegional()) {
            throw new IllegalArgumentException("Not a regency role: " + role);
        }
        this.accountId = accountId;
        this.role = role;
        this.regionCode = regionCode;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public Role getRole() {
        return role;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }

    public Long getGrantedBy() {
        return grantedBy;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public void revoke(Long by, Instant at) {
        this.revokedBy = by;
        this.revokedAt = at;
    }
}
