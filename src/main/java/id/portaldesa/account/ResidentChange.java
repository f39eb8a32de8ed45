package id.portaldesa.account;

import id.portaldesa.shared.persistence.VillageOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One thing staff did to a resident record (or the resident to their own data), with who and when.
 * Kept for good; it never holds a NIK value, only that a NIK changed. Until the portal has a shared
 * audit log, this is the record of identity work on residents.
 */
@Entity
@Table(name = "resident_change")
public class ResidentChange extends VillageOwned {

    /** What happened; labels {@code resident.change.*}. */
    public enum Kind {
        DATA_CHANGED,
        CONFIRMED,
        NIK_CORRECTED,
        NIK_GIVEN_UP,
        NIK_RECEIVED,
        DISABLED,
        ENABLED
    }

    @Column(name = "resident_id", nullable = false, updatable = false)
    private long residentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Column(name = "actor_id", nullable = false, updatable = false)
    private long actorId;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(updatable = false)
    private String note;

    protected ResidentChange() {}

    public ResidentChange(long villageId, long residentId, Kind kind, long actorId, Instant changedAt, String note) {
        super(villageId);
        this.residentId = residentId;
        this.kind = kind;
        this.actorId = actorId;
        this.changedAt = changedAt;
        this.note = note;
    }

    public long getResidentId() {
        return residentId;
    }

    public Kind getKind() {
        return kind;
    }

    public long getActorId() {
        return actorId;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getNote() {
        return note;
    }
}
