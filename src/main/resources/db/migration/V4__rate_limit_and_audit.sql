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
