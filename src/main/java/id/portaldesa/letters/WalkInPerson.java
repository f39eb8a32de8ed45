package id.portaldesa.letters;

import id.portaldesa.shared.crypto.SealedAt;
import id.portaldesa.shared.persistence.VillageOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Someone an operator served at the counter who has no account (and often no email): their name and
 * data as the operator read them from the KTP, the NIK sealed for this row. When someone registers in
 * the village with the same NIK, the record is claimed for that account; its letters appear among
 * that person's requests once an operator has confirmed them.
 */
@Entity
@Table(name = "letter_person")
public class WalkInPerson extends VillageOwned {

    @Column(nullable = false)
    private String name;

    @Column(name = "nik_cipher", nullable = false)
    private String nikCipher;

    @Column(name = "nik_hash", nullable = false)
    private String nikHash;

    @Column(name = "birth_place")
    private String birthPlace;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    private String address;
    private String phone;

    @Column(name = "created_by", nullable = false, updatable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "claimed_account_id")
    private Long claimedAccountId;

    protected WalkInPerson() {}

    WalkInPerson(long villageId, String name, String nikHash, long createdBy, Instant now) {
        super(villageId);
        this.name = name;
        this.nikCipher = "";
        this.nikHash = nikHash;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Where the NIK is sealed: its village and row (stored first, sealed once it has its id). */
    public static SealedAt nikAt(long villageId, long id) {
        return new SealedAt("letter_person", "nik_cipher", villageId, "id=" + id);
    }

    public SealedAt nikAt() {
        return nikAt(getVillageId(), getId());
    }

    void sealNik(String cipher) {
        this.nikCipher = cipher;
    }

    void details(String name, String birthPlace, LocalDate birthDate, String address, String phone) {
        this.name = name;
        this.birthPlace = birthPlace;
        this.birthDate = birthDate;
        this.address = address;
        this.phone = phone;
    }

    void claimedBy(long accountId) {
        this.claimedAccountId = accountId;
    }

    /** Erased with the account that claimed it: a pseudonym, no NIK. */
    void erase() {
        this.name = "Terhapus #" + getId();
        this.nikCipher = "";
        this.nikHash = "erased:" + getId();
        this.birthPlace = null;
        this.birthDate = null;
        this.address = null;
        this.phone = null;
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

    public String getBirthPlace() {
        return birthPlace;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getAddress() {
        return address;
    }

    public String getPhone() {
        return phone;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public Long getClaimedAccountId() {
        return claimedAccountId;
    }
}
