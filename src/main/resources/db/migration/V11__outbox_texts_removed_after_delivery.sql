-- A sent (or given up) message needs its text no more, and the text holds a one-time link: remove it,
-- as the sender now does at delivery (notify.OutboxClaims). Waiting messages keep their sealed text.
UPDATE mail_outbox SET body = '' WHERE status IN ('SENT', 'FAILED');
