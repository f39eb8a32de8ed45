package id.portaldesa.notify;

import id.portaldesa.shared.persistence.VillageOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One thing a person was told in a village, whatever feature told it ({@link
 * id.portaldesa.shared.events.PersonNotified}): a message key with its arguments and the page it leads
 * to, shown in the reader's language on their own page.
 */
@Entity
@Table(name = "notification")
public class Notification extends VillageOwned {

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "message_key", nullable = false, updatable = false)
    private String messageKey;

    /** The arguments as a JSON array of strings. */
    @Column(nullable = false, updatable = false)
    private String arguments;

    @Column(name = "view_id", updatable = false)
    private String viewId;

    /** The page's parameters as a JSON object of strings. */
    @Column(nullable = false, updatable = false)
    private String parameters;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {}

    Notification(
            long villageId,
            long accountId,
            String messageKey,
            String arguments,
            String viewId,
            String parameters,
            Instant createdAt) {
        super(villageId);
        this.accountId = accountId;
        this.messageKey = messageKey;
        this.arguments = arguments;
        this.viewId = viewId;
        this.parameters = parameters;
        this.createdAt = createdAt;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public String getArguments() {
        return arguments;
    }

    public String getViewId() {
        return viewId;
    }

    public String getParameters() {
        return parameters;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
