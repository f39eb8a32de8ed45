package id.portaldesa.account;

import id.portaldesa.shared.crypto.SealedAt;
import id.portaldesa.shared.persistence.VillageOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A registered resident (warga) of one village. NIK and KK number are stored encrypted, with a keyed
 * hash for lookups; the plain numbers exist only in memory. They are sealed for their village and the
 * resident's account ({@link #nikAt}): the row id is not known yet when a registration seals them,
 * and a village holds one resident record per account.
 *
 * <p>An operator confirms the identity once (who, when, how). The resident may edit their personal
 * data afterwards; that keeps the confirmation (the NIK and KK it vouched for can only be changed by
 * staff) but marks the data "changed since confirmation" until an operator confirms again, so staff
 * see what to re-check before a letter relies on it.
 */
@Entity
@Table(name = "resident")
public class Resident extends VillageOwned {

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    /** Null once the NIK was given to its rightful owner (state DISPUTED). */
    @Column(name = "nik_cipher")
    private String nikCipher;

    @Column(name = "nik_hash")
    private String nikHash;

    @Column(name = "kk_cipher", nullable = false)
    private String kkCipher;

    @Column(name = "kk_hash", nullable = false)
    private String kkHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    private String address;
    private String hamlet;
    private String rt;
    private String rw;

    @Column(name = "birth_place")
    private String birthPlace;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    private Sex sex;

    @Enumerated(EnumType.STRING)
    private Religion religion;

    @Enumerated(EnumType.STRING)
    @Column(name = "marital_status")
    private MaritalStatus maritalStatus;

    private String occupation;

    @Column(name = "data_changed_at")
    private Instant dataChangedAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "confirmed_by")
    private Long confirmedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "confirmation_method")
    private ConfirmationMethod confirmationMethod;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ResidentState state = ResidentState.ACTIVE;

    protected Resident() {}

    /** Where a resident's NIK is sealed: village and account (the record's natural key). */
    public static SealedAt nikAt(long villageId, long accountId) {
        return new SealedAt("resident", "nik_cipher", villageId, "account=" + accountId);
    }

    /** Where a resident's KK number is sealed. */
    public static SealedAt kkAt(long villageId, long accountId) {
        return new SealedAt("resident", "kk_cipher", villageId, "account=" + accountId);
    }

    public SealedAt nikAt() {
        return nikAt(getVillageId(), accountId);
    }

    public SealedAt kkAt() {
        return kkAt(getVillageId(), accountId);
    }

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

    public String getNikHash() {
        return nikHash;
    }

    /** False once the NIK was given to its owner (null) or erased with the account (empty). */
    public boolean hasNik() {
        return nikCipher != null && !nikCipher.isEmpty();
    }

    /** False once erased with the account. */
    public boolean hasFamilyCardNumber() {
        return kkCipher != null && !kkCipher.isEmpty();
    }

    public String getKkHash() {
        return kkHash;
    }

    public PersonalData getPersonalData() {
        return new PersonalData(
                address, hamlet, rt, rw, birthPlace, birthDate, sex, religion, maritalStatus, occupation);
    }

    /** @return whether anything changed */
    boolean update(PersonalData data, Instant now) {
        PersonalData clean = data.normalised();
        if (clean.equals(getPersonalData())) {
            return false;
        }
        address = clean.address();
        hamlet = clean.hamlet();
        rt = clean.rt();
        rw = clean.rw();
        birthPlace = clean.birthPlace();
        birthDate = clean.birthDate();
        sex = clean.sex();
        religion = clean.religion();
        maritalStatus = clean.maritalStatus();
        occupation = clean.occupation();
        dataChanged(now);
        return true;
    }

    void dataChanged(Instant now) {
        dataChangedAt = now;
    }

    void confirm(long operatorAccountId, ConfirmationMethod method, Instant now) {
        confirmedAt = now;
        confirmedBy = operatorAccountId;
        confirmationMethod = method;
    }

    void replaceNik(String cipher, String hash) {
        nikCipher = cipher;
        nikHash = hash;
    }

    /** Gives up the NIK to its owner: no number, no confirmation, no access. */
    void giveUpNik() {
        nikCipher = null;
        nikHash = null;
        confirmedAt = null;
        confirmedBy = null;
        confirmationMethod = null;
        state = ResidentState.DISPUTED;
    }

    void setState(ResidentState state) {
        this.state = state;
    }

    public ResidentState getState() {
        return state;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public Long getConfirmedBy() {
        return confirmedBy;
    }

    public ConfirmationMethod getConfirmationMethod() {
        return confirmationMethod;
    }

    public Instant getDataChangedAt() {
        return dataChangedAt;
    }

    /** Identity confirmed by an operator, NIK held and access not withdrawn. */
    public boolean isConfirmed() {
        return confirmedAt != null && state == ResidentState.ACTIVE && hasNik();
    }

    /** The resident edited their data after the last confirmation: staff should check it again. */
    public boolean isChangedSinceConfirmation() {
        return confirmedAt != null && dataChangedAt != null && dataChangedAt.isAfter(confirmedAt);
    }
}
