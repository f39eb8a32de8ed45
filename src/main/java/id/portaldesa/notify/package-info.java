/**
 * Mail: every message is first stored in the outbox (same transaction as its cause), its text sealed
 * with the data key, then delivered by a background sender over SMTP with retries and growing delays,
 * at most once (see {@link id.portaldesa.notify.MailDelivery}) and with a {@code Message-ID} made from
 * its outbox id. Once sent (or given up on) its text and the one-time link in it are removed. Without
 * SMTP configured, messages wait in the outbox, where the platform admin of the demo run reads them.
 */
package id.portaldesa.notify;
