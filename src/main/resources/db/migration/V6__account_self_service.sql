-- Account self-service: a person's own contact numbers (normalised to +62...), and the new address a
-- change-of-email link confirms (carried by the token, so each link confirms exactly what was asked).
-- Erased accounts keep their row (ids referenced by records that must be kept) with status DELETED.
ALTER TABLE account ADD COLUMN phone VARCHAR(20);
ALTER TABLE account ADD COLUMN whatsapp VARCHAR(20);
ALTER TABLE account ADD COLUMN erased_at DATETIME(6);
ALTER TABLE account_token ADD COLUMN new_email VARCHAR(190);
CREATE INDEX ix_account_token_account ON account_token (account_id, purpose);
