-- E-participation (issue 9): aspirations residents can support, complaints tracked to resolution,
-- Open311 API keys. Every table is village-owned; village_id leads every index.

-- A village's settings; no row: the defaults (hide an aspiration after 3 flags).
CREATE TABLE participation_settings (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    village_id      BIGINT       NOT NULL,
    flag_threshold  INT          NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_participation_settings_village UNIQUE (village_id),
    CONSTRAINT fk_participation_settings_village FOREIGN KEY (village_id) REFERENCES village (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A village's own wording of a fixed code: a category's or a status's label (label_key as in the
-- bundle, e.g. participation.category.HEALTH), and for complaint categories the target response time.
CREATE TABLE participation_label (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    village_id  BIGINT        NOT NULL,
    label_key   VARCHAR(80)   NOT NULL,
    text        VARCHAR(80)   NOT NULL,
    sla_hours   INT,
    version     BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_participation_label UNIQUE (village_id, label_key),
    CONSTRAINT fk_participation_label_village FOREIGN KEY (village_id) REFERENCES village (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE aspiration (
    id                BIGINT         NOT NULL AUTO_INCREMENT,
    village_id        BIGINT         NOT NULL,
    author_account_id BIGINT         NOT NULL,
    title             VARCHAR(150)   NOT NULL,
    description       TEXT           NOT NULL,
    category          VARCHAR(24)    NOT NULL,
    dusun             VARCHAR(80),
    rt                VARCHAR(3),
    rw                VARCHAR(3),
    latitude          DECIMAL(9,6),
    longitude         DECIMAL(9,6),
    state             VARCHAR(24)    NOT NULL,
    hidden            BOOLEAN        NOT NULL DEFAULT FALSE,
    note              VARCHAR(1000),
    support_count     INT            NOT NULL DEFAULT 0,
    flag_count        INT            NOT NULL DEFAULT 0,
    created_at        DATETIME(6)    NOT NULL,
    published_at      DATETIME(6),
    updated_at        DATETIME(6)    NOT NULL,
    version           BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_aspiration_public_new (village_id, state, hidden, published_at),
    KEY ix_aspiration_public_supported (village_id, state, hidden, support_count),
    KEY ix_aspiration_author (village_id, author_account_id),
    CONSTRAINT fk_aspiration_village FOREIGN KEY (village_id) REFERENCES village (id),
    CONSTRAINT fk_aspiration_author FOREIGN KEY (author_account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE aspiration_photo (
    id             BIGINT  NOT NULL AUTO_INCREMENT,
    village_id     BIGINT  NOT NULL,
    aspiration_id  BIGINT  NOT NULL,
    media_id       BIGINT  NOT NULL,
    position       INT     NOT NULL,
    version        BIGINT  NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_aspiration_photo (village_id, aspiration_id),
    CONSTRAINT fk_aspiration_photo_village FOREIGN KEY (village_id) REFERENCES village (id),
    CONSTRAINT fk_aspiration_photo_aspiration FOREIGN KEY (aspiration_id) REFERENCES aspiration (id),
    CONSTRAINT fk_aspiration_photo_media FOREIGN KEY (media_id) REFERENCES media (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One support per resident and aspiration: the unique key is what counts a raced double click once.
CREATE TABLE aspiration_support (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    village_id     BIGINT       NOT NULL,
    aspiration_id  BIGINT       NOT NULL,
    account_id     BIGINT       NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_aspiration_support UNIQUE (village_id, aspiration_id, account_id),
    KEY ix_aspiration_support_account (village_id, account_id),
    CONSTRAINT fk_aspiration_support_village FOREIGN KEY (village_id) REFERENCES village (id),
    CONSTRAINT fk_aspiration_support_aspiration FOREIGN KEY (aspiration_id) REFERENCES aspiration (id),
    CONSTRAINT fk_aspiration_support_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE aspiration_flag (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    village_id     BIGINT        NOT NULL,
    aspiration_id  BIGINT        NOT NULL,
    account_id     BIGINT        NOT NULL,
    reason         VARCHAR(300),
    created_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_aspiration_flag UNIQUE (village_id, aspiration_id, account_id),
    CONSTRAINT fk_aspiration_flag_village FOREIGN KEY (village_id) REFERENCES village (id),
    CONSTRAINT fk_aspiration_flag_aspiration FOREIGN KEY (aspiration_id) REFERENCES aspiration (id),
    CONSTRAINT fk_aspiration_flag_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A complaint. Private: nothing of it is public unless the admin publishes a resolved one as a
-- story with the complainant's recorded consent. The tracking token and the guest's email
-- confirmation token are stored as SHA-256 only.
CREATE TABLE complaint (
    id                      BIGINT         NOT NULL AUTO_INCREMENT,
    village_id              BIGINT         NOT NULL,
    reference               VARCHAR(32)    NOT NULL,
    tracking_hash           CHAR(64)       NOT NULL,
    confirmation_hash       CHAR(64),
    category                VARCHAR(24)    NOT NULL,
    description             TEXT           NOT NULL,
    location                VARCHAR(300),
    latitude                DECIMAL(9,6),
    longitude               DECIMAL(9,6),
    anonymous               BOOLEAN        NOT NULL,
    complainant_account_id  BIGINT,
    contact_name            VARCHAR(120),
    contact_email           VARCHAR(254),
    state                   VARCHAR(24)    NOT NULL,
    priority                VARCHAR(12)    NOT NULL,
    assignee_account_id     BIGINT,
    due_at                  DATETIME(6),
    resolved_at             DATETIME(6),
    story_consent           BOOLEAN        NOT NULL DEFAULT FALSE,
    story_published         BOOLEAN        NOT NULL DEFAULT FALSE,
    story_title             VARCHAR(150),
    story_text              TEXT,
    source                  VARCHAR(12)    NOT NULL,
    created_at              DATETIME(6)    NOT NULL,
    updated_at              DATETIME(6)    NOT NULL,
    version                 BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_complaint_reference UNIQUE (village_id, reference),
    CONSTRAINT uq_complaint_tracking UNIQUE (village_id, tracking_hash),
    KEY ix_complaint_queue (village_id, state, due_at),
    KEY ix_complaint_story (village_id, story_published, resolved_at),
    KEY ix_complaint_confirmation (village_id, confirmation_hash),
    CONSTRAINT fk_complaint_village FOREIGN KEY (village_id) REFERENCES village (id),
    CONSTRAINT fk_complaint_account FOREIGN KEY (complainant_account_id) REFERENCES account (id),
    CONSTRAINT fk_complaint_assignee FOREIGN KEY (assignee_account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE complaint_photo (
    id            BIGINT  NOT NULL AUTO_INCREMENT,
    village_id    BIGINT  NOT NULL,
    complaint_id  BIGINT  NOT NULL,
    media_id      BIGINT  NOT NULL,
    position      INT     NOT NULL,
    version       BIGINT  NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_complaint_photo (village_id, complaint_id),
    CONSTRAINT fk_complaint_photo_village FOREIGN KEY (village_id) REFERENCES village (id),
    CONSTRAINT fk_complaint_photo_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id),
    CONSTRAINT fk_complaint_photo_media FOREIGN KEY (media_id) REFERENCES media (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What was written on a complaint: an internal note (staff only), a reply to the complainant, or
-- the complainant's own message (on reopening).
CREATE TABLE complaint_message (
    id                 BIGINT         NOT NULL AUTO_INCREMENT,
    village_id         BIGINT         NOT NULL,
    complaint_id       BIGINT         NOT NULL,
    kind               VARCHAR(12)    NOT NULL,
    author_account_id  BIGINT,
    text               VARCHAR(4000)  NOT NULL,
    created_at         DATETIME(6)    NOT NULL,
    version            BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_complaint_message (village_id, complaint_id),
    CONSTRAINT fk_complaint_message_village FOREIGN KEY (village_id) REFERENCES village (id),
    CONSTRAINT fk_complaint_message_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id),
    CONSTRAINT fk_complaint_message_author FOREIGN KEY (author_account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- References of complaints, counted per village and month under the row's lock.
CREATE TABLE complaint_reference_counter (
    village_id  BIGINT      NOT NULL,
    period      CHAR(4)     NOT NULL,
    last_value  INT         NOT NULL,
    PRIMARY KEY (village_id, period),
    CONSTRAINT fk_complaint_counter_village FOREIGN KEY (village_id) REFERENCES village (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Open311 API keys a village admin issued; only the key's SHA-256 is kept.
CREATE TABLE participation_api_key (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    village_id  BIGINT        NOT NULL,
    label       VARCHAR(80)   NOT NULL,
    key_hash    CHAR(64)      NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    revoked_at  DATETIME(6),
    version     BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_participation_api_key UNIQUE (key_hash),
    KEY ix_participation_api_key_village (village_id),
    CONSTRAINT fk_participation_api_key_village FOREIGN KEY (village_id) REFERENCES village (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
