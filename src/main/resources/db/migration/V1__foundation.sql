-- Foundation schema: official regions, villages (tenants), accounts and memberships,
-- residents' identity numbers (encrypted), invitations, one-time tokens, login throttling
-- and the mail outbox. Runs unchanged on H2 (MySQL mode) and MariaDB/MySQL.

CREATE TABLE region (
    code        VARCHAR(13)  NOT NULL,
    name        VARCHAR(120) NOT NULL,
    depth       TINYINT      NOT NULL,
    parent_code VARCHAR(13),
    PRIMARY KEY (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_region_level_name ON region (depth, name);

CREATE TABLE village (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    code          VARCHAR(13)  NOT NULL,
    name          VARCHAR(120) NOT NULL,
    district_name VARCHAR(120) NOT NULL,
    regency_name  VARCHAR(120) NOT NULL,
    province_name VARCHAR(120) NOT NULL,
    slug          VARCHAR(60)  NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    accent_color  VARCHAR(7)   NOT NULL,
    tagline       VARCHAR(200),
    address       VARCHAR(300),
    phone         VARCHAR(30),
    email         VARCHAR(190),
    created_at    DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_village_code UNIQUE (code),
    CONSTRAINT uq_village_slug UNIQUE (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_village_name ON village (name);

CREATE TABLE village_domain (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    village_id BIGINT       NOT NULL,
    host       VARCHAR(190) NOT NULL,
    is_primary BOOLEAN      NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_village_domain_host UNIQUE (host),
    CONSTRAINT fk_village_domain_village FOREIGN KEY (village_id) REFERENCES village (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_village_domain_village ON village_domain (village_id);

CREATE TABLE account (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    email          VARCHAR(190) NOT NULL,
    display_name   VARCHAR(120) NOT NULL,
    password_hash  VARCHAR(255) NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    platform_admin BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at     DATETIME(6)  NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_account_email UNIQUE (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE membership (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    village_id BIGINT      NOT NULL,
    account_id BIGINT      NOT NULL,
    role       VARCHAR(20) NOT NULL,
    official_position VARCHAR(20),
    granted_at DATETIME(6) NOT NULL,
    revoked_at DATETIME(6),
    version    BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_membership_village FOREIGN KEY (village_id) REFERENCES village (id),
    CONSTRAINT fk_membership_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_membership_village_account ON membership (village_id, account_id);
CREATE INDEX ix_membership_account ON membership (account_id);

CREATE TABLE resident (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    village_id  BIGINT       NOT NULL,
    account_id  BIGINT       NOT NULL,
    nik_cipher  VARCHAR(255) NOT NULL,
    nik_hash    CHAR(64)     NOT NULL,
    kk_cipher   VARCHAR(255) NOT NULL,
    kk_hash     CHAR(64)     NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_resident_village_nik UNIQUE (village_id, nik_hash),
    CONSTRAINT fk_resident_village FOREIGN KEY (village_id) REFERENCES village (id),
    CONSTRAINT fk_resident_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_resident_village_account ON resident (village_id, account_id);

CREATE TABLE invitation (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    village_id  BIGINT       NOT NULL,
    email       VARCHAR(190) NOT NULL,
    role        VARCHAR(20)  NOT NULL,
    official_position VARCHAR(20),
    token_hash  CHAR(64)     NOT NULL,
    invited_by  BIGINT,
    created_at  DATETIME(6)  NOT NULL,
    expires_at  DATETIME(6)  NOT NULL,
    accepted_at DATETIME(6),
    revoked_at  DATETIME(6),
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_invitation_token UNIQUE (token_hash),
    CONSTRAINT fk_invitation_village FOREIGN KEY (village_id) REFERENCES village (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_invitation_village ON invitation (village_id, email);

-- One-time links sent to a person: email confirmation, first platform admin setup.
CREATE TABLE account_token (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    account_id BIGINT,
    purpose    VARCHAR(20) NOT NULL,
    token_hash CHAR(64)    NOT NULL,
    created_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    used_at    DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT uq_account_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_account_token_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Failed logins counted per account and per client address; survives new sessions and restarts.
CREATE TABLE login_throttle (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    subject_kind VARCHAR(10)  NOT NULL,
    subject      VARCHAR(190) NOT NULL,
    failures     INT          NOT NULL,
    window_start DATETIME(6)  NOT NULL,
    locked_until DATETIME(6),
    version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_login_throttle_subject UNIQUE (subject_kind, subject)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE mail_outbox (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    village_id      BIGINT,
    recipient       VARCHAR(190)  NOT NULL,
    subject         VARCHAR(255)  NOT NULL,
    body            TEXT          NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)   NOT NULL,
    last_error      VARCHAR(500),
    created_at      DATETIME(6)   NOT NULL,
    sent_at         DATETIME(6),
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_mail_outbox_village FOREIGN KEY (village_id) REFERENCES village (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_mail_outbox_due ON mail_outbox (status, next_attempt_at);
