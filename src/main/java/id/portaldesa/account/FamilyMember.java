package id.portaldesa.account;

import id.portaldesa.shared.crypto.SealedAt;
import id.portaldesa.shared.persistence.VillageOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A person on the same KK as a resident (anggota keluarga), listed by the resident. Their NIK is
 * personal data like the resident's own: encrypted, with a keyed hash for lookups. It is sealed for
 * its own row ({@link #nikAt}), so the row is stored first and sealed once it has its id.
 */
@Entity
@Table(name = "resident_family_member")
public class FamilyMember extends VillageOwned {

    @Column(name = "resident_id", nullable = false, updatable = false)
    private long residentId;

    @Column(nullable = false)
    private String name;

    @Column(name = "nik_cipher", nullable = false)
    private String nikCipher;

    @Column(name = "nik_hash", nullable = false)
    private String nikHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FamilyRelation relation;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    protected FamilyMember() {}

    /** Where a family member's NIK is sealed: its village and row. */
    public static SealedAt nikAt(long villageId, long memberId) {
        return new SealedAt("resident_family_member", "nik_cipher", villageId, "id=" + memberId);
    }

    public SealedAt nikAt() {
        return nikAt(getVillageId(), getId());
    }

    /** Stores the NIK sealed for this row, once the row has its id. */
    void sealNik(String cipher) {
        this.nikCipher = cipher;
    }

    public FamilyMember(
            long villageId,
            long residentId,
            String name,
            String nikCipher,
            String nikHash,
            FamilyRelation relation,
            LocalDate birthDate) {
        super(villageId);
        this.residentId = residentId;
        this.name = name;
        this.nikCipher = nikCipher;
        this.nikHash = nikHash;
        this.relation = relation;
        this.birthDate = birthDate;
    }

    public long getResidentId() {
        return residentId;
    }

    public String getName() {
        return name;
    }

    public String getNikCipher() {
        return nikCipher;
    }

    public String getNikHash() {
        return nikHash;
    }

    public FamilyRelation getRelation() {
        return relation;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }
}
