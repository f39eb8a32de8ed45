package id.portaldesa.notify;

import id.portaldesa.shared.crypto.SealedAt;
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

/** One email waiting for delivery, delivered, or given up on. */
@Entity
@Table(name = "mail_outbox")
public class OutboxMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "village_id", updatable = false)
    private Long villageId;

    @Column(nullable = false, updatable = false)
    private String recipient;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(nullable = false, updatable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OutboxStatus status = OutboxStatus.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Version
    private long version;

    protected OutboxMessage() {}

    /**
     * Where a body is sealed: the village (none for the platform's mail) and the recipient, since the
     * row id is not known before the row is stored.
     */
    public static SealedAt bodyAt(Long villageId, String recipient) {
        return new SealedAt("mail_outbox", "body", villageId, "to=" + recipient);
    }

    public SealedAt bodyAt() {
        return bodyAt(villageId, recipient);
    }

    public OutboxMessage(Long villageId, String recipient, String subject, String body, Instant createdAt) {
        this.villageId = villageId;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.createdAt = createdAt;
        this.nextAttemptAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getVillageId() {
        return villageId;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    /** As stored: sealed with the data key ({@link MailOutbox#bodyOf} reads it). */
    public String getSealedBody() {
        return body;
    }

    public OutboxStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    void sent(Instant at) {
        status = OutboxStatus.SENT;
        sentAt = at;
        attempts++;
        lastError = null;
    }

    void failed(String error, Instant retryAt, boolean giveUp) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(500, error.length()));
        status = giveUp ? OutboxStatus.FAILED : OutboxStatus.PENDING;
        nextAttemptAt = retryAt;
    }
}
