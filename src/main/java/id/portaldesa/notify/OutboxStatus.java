package id.portaldesa.notify;

/**
 * Where a message stands. PENDING waits for (re)delivery; SENDING is claimed by one sender under a
 * lease and not yet handed to SMTP; SUBMITTING is being handed to SMTP right now; SENT was accepted by
 * the SMTP server; FAILED gave up after many refused tries; UNCERTAIN may or may not have reached the
 * SMTP server (the connection broke while the server held the message, or the sender died then) and
 * is never sent again by itself (see {@link MailDelivery}).
 */
public enum OutboxStatus {
    PENDING,
    SENDING,
    SUBMITTING,
    SENT,
    FAILED,
    UNCERTAIN
}
