-- Rate limits kept in the database (one fixed window per limit and hashed key, shared by all nodes)
-- and the audit log of staff actions, per village.

CREATE TABLE rate_limit (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    limit_name   VARCHAR(32) NOT NULL,
    key_hash     VARCHAR(64) NOT NULL,
    window_start DATETIME(6) NOT NULL,
    hits         INT         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_rate_limit_key UNIQUE (limit_name, key_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The actor is kept by id and by name as it was; no foreign key on the account, so the log outlives it.
CREATE TABLE audit_entry (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    village_id       BIGINT       NOT NULL,
    actor_account_id BIGINT,
    actor_name       VARCHAR(120),
    action           VARCHAR(60)  NOT NULL,
    subject          VARCHAR(200),
    detail           VARCHAR(500),
    recorded_at      DATETIME(6)  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_audit_entry_village FOREIGN KEY (village_id) REFERENCES village (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_audit_entry_village_time ON audit_entry (village_id, recorded_at);
CREATE INDEX ix_audit_entry_village_action ON audit_entry (village_id, action, recorded_at);
