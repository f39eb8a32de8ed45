package id.portaldesa.shared.mail;

/**
 * A plain-text email to be delivered. {@code villageId} is null for platform mail; background delivery
 * carries it explicitly rather than reading any request state.
 */
public record OutgoingMail(Long villageId, String recipient, String subject, String body) {}
