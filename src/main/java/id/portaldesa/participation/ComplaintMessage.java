package id.portaldesa.participation;

import id.portaldesa.shared.persistence.VillageOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** What was written on a complaint: an internal note, a reply to the complainant, or their message. */
@Entity
@Table(name = "complaint_message")
public class ComplaintMessage extends VillageOwned {

    /** Who reads it: NOTE staff only; REPLY and COMPLAINANT also the complainant. */
    public enum Kind {
        NOTE,
        REPLY,
        COMPLAINANT
    }

    @Column(name = "complaint_id", nullable = false, updatable = false)
    private long complaintId;

    @Column(nullable = false, updatable = false)
    private String kind;

    @Column(name = "author_account_id", updatable = false)
    private Long authorAccountId;

    @Column(nullable = false, updatable = false)
    private String text;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ComplaintMessage() {}

    ComplaintMessage(long villageId, long complaintId, Kind kind, Long authorAccountId, String text, Instant at) {
        super(villageId);
        this.complaintId = complaintId;
        this.kind = kind.name();
        this.authorAccountId = authorAccountId;
        this.text = text;
        this.createdAt = at;
    }

    public long getComplaintId() {
        return complaintId;
    }

    public Kind getKind() {
        return Kind.valueOf(kind);
    }

    public Long getAuthorAccountId() {
        return authorAccountId;
    }

    public String getText() {
        return text;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
