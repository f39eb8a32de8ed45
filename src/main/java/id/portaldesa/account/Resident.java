package id.portaldesa.account;

import id.portaldesa.shared.persistence.VillageOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A registered resident (warga) of one village. NIK and KK number are stored encrypted, with a keyed
 * hash for lookups; the plain numbers exist only in memory.
 */
@Entity
@Table(name = "resident")
public class Resident extends VillageOwned {

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "nik_cipher", nullable = false)
    private String nikCipher;

    @Column(name = "nik_hash", nullable = false)
    private String nikHash;

    @Column(name = "kk_cipher", nullable = false)
    private String kkCipher;

    @Column(name = "kk_hash", nullable = false)
    private String kkHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Resident() {}

    public Resident(
            long villageId,
            long accountId,
            String nikCipher,
            String nikHash,
            String kkCipher,
            String kkHash,
            Instant createdAt) {
        super(villageId);
        this.accountId = accountId;
        this.nikCipher = nikCipher;
        this.nikHash = nikHash;
        this.kkCipher = kkCipher;
        this.kkHash = kkHash;
        this.createdAt = createdAt;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getNikCipher() {
        return nikCipher;
    }

    public String getKkCipher() {
        return kkCipher;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
