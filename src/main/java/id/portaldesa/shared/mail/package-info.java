/**
 * What a feature hands over when a person must get an email. Features fire {@link
 * id.portaldesa.shared.mail.OutgoingMail} as a CDI event inside their transaction; the notify feature
 * stores it in the outbox in the same transaction, so a mail exists exactly when its cause does.
 */
package id.portaldesa.shared.mail;
