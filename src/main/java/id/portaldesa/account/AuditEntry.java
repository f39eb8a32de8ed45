package id.portaldesa.account;

import id.portaldesa.shared.persistence.VillageOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One staff action in a village's audit log: who did what to what, when. The actor's name is kept as
 * it was at the time, so the log still reads right after the account is renamed or removed. Entries
 * are never changed.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends VillageOwned {

    @Column(name = "actor_account_id", updatable = false)
    private Long actorAccountId;

    @Column(name = "actor_name", updatable = false)
    private String actorName;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(updatable = false)
    private String subject;

    @Column(updatable = false)
    private String detail;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected AuditEntry() {}

    AuditEntry(
            long villageId,
            Long actorAccountId,
            String actorName,
            String action,
            String subject,
            String detail,
            Instant recordedAt) {
        super(villageId);
        this.actorAccountId = actorAccountId;
        this.actorName = actorName;
        this.action = action;
        this.subject = subject;
        this.detail = detail;
        this.recordedAt = recordedAt;
    }

    /** The account that acted; null for the system (startup jobs, demo data). */
    public Long getActorAccountId() {
        return actorAccountId;
    }

    public String getActorName() {
        return actorName;
    }

    /** An action key such as {@code staff.invited}; its name is the i18n key {@code audit.action.<key>}. */
    public String getAction() {
        return action;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
