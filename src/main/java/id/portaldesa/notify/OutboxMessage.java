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

    /** Sealed with the data key while the message waits; emptied once it is sent or given up on. */
    @Column(nullable = false)
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

    /** As stored: sealed with the data key ({@link MailOutbox#bodyOf} reads it), empty once sent. */
    public String getSealedBody() {
        return body;
    }

    /** Whether the text (and the link in it) was removed: after delivery, or when delivery ended. */
    public boolean isBodyRemoved() {
        return body.isEmpty();
    }

    /** Changes with every claim and state change: a sender acts only on the version it claimed. */
    public long getVersion() {
        return version;
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
}
