package id.portaldesa.participation;

import id.portaldesa.shared.persistence.VillageOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A problem someone reported. Private: read by its complainant (by the tracking token, or logged in)
 * and the village's staff; public only as a "problem solved" story the admin publishes with the
 * complainant's recorded consent. Only the SHA-256 of the tracking token and of a guest's
 * confirmation token are stored.
 */
@Entity
@Table(name = "complaint")
public class Complaint extends VillageOwned {

    @Column(nullable = false, updatable = false)
    private String reference;

    @Column(name = "tracking_hash", nullable = false, updatable = false)
    private String trackingHash;

    @Column(name = "confirmation_hash")
    private String confirmationHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Category category;

    @Column(nullable = false)
    private String description;

    private String location;
    private BigDecimal latitude;
    private BigDecimal longitude;

    @Column(nullable = false)
    private boolean anonymous;

    @Column(name = "complainant_account_id", updatable = false)
    private Long complainantAccountId;

    @Column(name = "contact_name")
    private String contactName;

    @Column(name = "contact_email")
    private String contactEmail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ComplaintState state;

    @Column(nullable = false)
    private String priority;

    @Column(name = "assignee_account_id")
    private Long assigneeAccountId;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "story_consent", nullable = false)
    private boolean storyConsent;

    @Column(name = "story_published", nullable = false)
    private boolean storyPublished;

    @Column(name = "story_title")
    private String storyTitle;

    @Column(name = "story_text")
    private String storyText;

    @Column(nullable = false, updatable = false)
    private String source;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Complaint() {}

    Complaint(
            long villageId,
            String reference,
            String trackingHash,
            String confirmationHash,
            ComplaintDraft draft,
            Long complainantAccountId,
            String contactName,
            String contactEmail,
            String source,
            Instant now) {
        super(villageId);
        this.reference = reference;
        this.trackingHash = trackingHash;
        this.confirmationHash = confirmationHash;
        this.category = draft.category();
        this.description = draft.description();
        this.location = draft.location();
        this.latitude = draft.latitude();
        this.longitude = draft.longitude();
        this.anonymous = draft.anonymous();
        this.storyConsent = draft.storyConsent();
        this.complainantAccountId = complainantAccountId;
        this.contactName = contactName;
        this.contactEmail = contactEmail;
        this.state = confirmationHash == null ? ComplaintState.NEW : ComplaintState.UNCONFIRMED;
        this.priority = Priority.NORMAL.name();
        this.source = source;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Priorities of the office's queue. */
    public enum Priority {
        LOW,
        NORMAL,
        HIGH,
        URGENT
    }

    void moved(ComplaintState to, Instant at) {
        if (to == ComplaintState.RESOLVED) {
            resolvedAt = at;
        }
        if (to == ComplaintState.NEW) {
            confirmationHash = null;
        }
        this.state = to;
        this.updatedAt = at;
    }

    void due(Instant dueAt) {
        this.dueAt = dueAt;
    }

    void assign(Long accountId, Instant at) {
        this.assigneeAccountId = accountId;
        this.updatedAt = at;
    }

    void prioritise(Priority priority, Instant at) {
        this.priority = priority.name();
        this.updatedAt = at;
    }

    void story(boolean published, String title, String text, Instant at) {
        this.storyPublished = published;
        this.storyTitle = title;
        this.storyText = text;
        this.updatedAt = at;
    }

    void forget(Instant at) {
        this.contactName = null;
        this.contactEmail = null;
        this.updatedAt = at;
    }

    public String getReference() {
        return reference;
    }

    public Category getCategory() {
        return category;
    }

    public String getDescription() {
        return description;
    }

    public String getLocation() {
        return location;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public Long getComplainantAccountId() {
        return complainantAccountId;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public ComplaintState getState() {
        return state;
    }

    public Priority getPriority() {
        return Priority.valueOf(priority);
    }

    public Long getAssigneeAccountId() {
        return assigneeAccountId;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public boolean isStoryConsent() {
        return storyConsent;
    }

    public boolean isStoryPublished() {
        return storyPublished;
    }

    public String getStoryTitle() {
        return storyTitle;
    }

    public String getStoryText() {
        return storyText;
    }

    public String getSource() {
        return source;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
