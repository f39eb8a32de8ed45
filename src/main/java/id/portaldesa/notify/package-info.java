/**
 * Mail: every message is first stored in the outbox (same transaction as its cause), then delivered
 * by a background sender over SMTP with retries and growing delays. Without SMTP configured, messages
 * wait in the outbox, where the platform admin can read them.
 */
package id.portaldesa.notify;
