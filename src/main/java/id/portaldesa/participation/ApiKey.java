package id.portaldesa.participation;

import id.portaldesa.shared.persistence.VillageOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** An Open311 API key a village admin issued for one of the village's integrations; only its hash is kept. */
@Entity
@Table(name = "participation_api_key")
public class ApiKey extends VillageOwned {

    @Column(nullable = false, updatable = false)
    private String label;

    @Column(name = "key_hash", nullable = false, updatable = false)
    private String keyHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiKey() {}

    ApiKey(long villageId, String label, String keyHash, Instant at) {
        super(villageId);
        this.label = label;
        this.keyHash = keyHash;
        this.createdAt = at;
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public String getLabel() {
        return label;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public boolean isActive() {
        return revokedAt == null;
    }
}
