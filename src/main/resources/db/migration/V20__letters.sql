-- Letters e-service (issue 8, the requests side) and the notifications list (notify).
-- A village's letter types: its own copies of the shipped ones (made when the admin first enables or
-- edits one, never at onboarding) and types it defined itself. Fields and attachments are JSON.
CREATE TABLE letter_type (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    village_id          BIGINT        NOT NULL,
    code                VARCHAR(12)   NOT NULL,
    name                VARCHAR(120)  NOT NULL,
    description         VARCHAR(2000),
    classification_code VARCHAR(40)   NOT NULL,
    validity_days       INT,
    usual_days          INT           NOT NULL,
    fields              TEXT          NOT NULL,
    attachments         TEXT          NOT NULL,
    template            TEXT          NOT NULL,
    enabled             BOOLEAN       NOT NULL,
    shipped             BOOLEAN       NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_letter_type_code UNIQUE (village_id, code),
    CONSTRAINT fk_letter_type_village FOREIGN KEY (village_id) REFERENCES village (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The village's workflow settings; no row: the defaults (sekdes step on, no a.n., 12 months).
CREATE TABLE letter_settings (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    village_id       BIGINT      NOT NULL,
    secretary_step   BOOLEAN     NOT NULL,
    on_behalf        BOOLEAN     NOT NULL,
    wet_signature    BOOLEAN     NOT NULL,
    retention_months INT         NOT NULL,
    reference_prefix VARCHAR(6)  NOT NULL,
    version          BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_letter_settings_village UNIQUE (village_id),
    CONSTRAINT fk_letter_settings_village FOREIGN KEY (village_id) REFERENCES village (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A person an operator served at the counter without an account; the NIK sealed for this row, with a
-- per-village lookup hash. Claimed when someone registers with the same NIK (ResidentIdentified).
CREATE TABLE letter_person (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    village_id         BIGINT        NOT NULL,
    name               VARCHAR(120)  NOT NULL,
    nik_cipher         VARCHAR(255)  NOT NULL,
    nik_hash           CHAR(64)      NOT NULL,
    birth_place        VARCHAR(80),
    birth_date         DATE,
    address            VARCHAR(300),
    phone              VARCHAR(30),
    created_by         BIGINT        NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    claimed_account_id BIGINT,
    version            BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_letter_person_nik UNIQUE (village_id, nik_hash),
    CONSTRAINT fk_letter_person_village FOREIGN KEY (village_id) REFERENCES village (id),
    CONSTRAINT fk_letter_person_creator FOREIGN KEY (created_by) REFERENCES account (id),
    CONSTRAINT fk_letter_person_claimed FOREIGN KEY (claimed_account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A request for a letter, from its draft to the issued letter. The type's code and name are copied at
-- submission; the signer's name and title at signing (a new kades changes no issued letter).
CREATE TABLE letter_request (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    village_id            BIGINT        NOT NULL,
    type_id               BIGINT        NOT NULL,
    type_code             VARCHAR(12)   NOT NULL,
    type_name             VARCHAR(120)  NOT NULL,
    reference             VARCHAR(32),
    state                 VARCHAR(24)   NOT NULL,
    draft_step            INT           NOT NULL,
    applicant_account_id  BIGINT,
    walk_in_person_id     BIGINT,
    filed_by_account_id   BIGINT,
    subject_kind          VARCHAR(16)   NOT NULL,
    subject_name          VARCHAR(120),
    subject_nik_cipher    VARCHAR(255),
    subject_nik_hash      CHAR(64),
    subject_relation      VARCHAR(24),
    subject_birth_date    DATE,
    answers               TEXT          NOT NULL,
    created_at            DATETIME(6)   NOT NULL,
    updated_at            DATETIME(6)   NOT NULL,
    submitted_at          DATETIME(6),
    state_since           DATETIME(6)   NOT NULL,
    ended_at              DATETIME(6),
    note                  VARCHAR(1000),
    signer_account_id     BIGINT,
    signer_name           VARCHAR(120),
    signer_title          VARCHAR(160),
    signing_note          VARCHAR(160),
    signed_at             DATETIME(6),
    issued_letter_id      BIGINT,
    letter_number         VARCHAR(80),
    issued_at             DATETIME(6),
    attachments_purged_at DATETIME(6),
    purge_lease_until     DATETIME(6),
    version               BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_letter_request_reference UNIQUE (village_id, reference),
    CONSTRAINT fk_letter_request_village FOREIGN KEY (village_id) REFERENCES village (id),
    CONSTRAINT fk_letter_request_type FOREIGN KEY (type_id) REFERENCES letter_type (id),
    CONSTRAINT fk_letter_request_applicant FOREIGN KEY (applicant_account_id) REFERENCES account (id),
    CONSTRAINT fk_letter_request_walk_in FOREIGN KEY (walk_in_person_id) REFERENCES letter_person (id),
    CONSTRAINT fk_letter_request_filed_by FOREIGN KEY (filed_by_account_id) REFERENCES account (id),
    CONSTRAINT fk_letter_request_signer FOREIGN KEY (signer_account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- The inbox: what waits in a state, oldest first.
CREATE INDEX ix_letter_request_inbox ON letter_request (village_id, state, state_since, id);
-- A resident's own requests, newest first.
CREATE INDEX ix_letter_request_applicant ON letter_request (village_id, applicant_account_id, id);
CREATE INDEX ix_letter_request_walk_in ON letter_request (village_id, walk_in_person_id);
-- The register of outgoing letters.
CREATE INDEX ix_letter_request_register ON letter_request (village_id, issued_at, id);
-- Retention: ended requests whose scans are still kept, across villages.
CREATE INDEX ix_letter_request_retention ON letter_request (attachments_purged_at, ended_at);

-- A scan attached to a request (KTP, KK, ...): a PRIVATE media; the media is deleted at retention,
-- the row stays with its name and size.
CREATE TABLE letter_attachment (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    village_id   BIGINT        NOT NULL,
    request_id   BIGINT        NOT NULL,
    requirement  VARCHAR(40)   NOT NULL,
    media_id     BIGINT,
    file_name    VARCHAR(200)  NOT NULL,
    content_type VARCHAR(100)  NOT NULL,
    byte_size    BIGINT        NOT NULL,
    uploaded_at  DATETIME(6)   NOT NULL,
    purged_at    DATETIME(6),
    version      BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_letter_attachment_village FOREIGN KEY (village_id) REFERENCES village (id),
    CONSTRAINT fk_letter_attachment_request FOREIGN KEY (request_id) REFERENCES letter_request (id),
    CONSTRAINT fk_letter_attachment_media FOREIGN KEY (media_id) REFERENCES media (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_letter_attachment_request ON letter_attachment (village_id, request_id);

-- Each printing of an issued letter at the counter (villages that still sign and stamp by hand).
CREATE TABLE letter_print (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    village_id  BIGINT       NOT NULL,
    request_id  BIGINT       NOT NULL,
    printed_by  BIGINT       NOT NULL,
    printed_at  DATETIME(6)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_letter_print_village FOREIGN KEY (village_id) REFERENCES village (id),
    CONSTRAINT fk_letter_print_request FOREIGN KEY (request_id) REFERENCES letter_request (id),
    CONSTRAINT fk_letter_print_account FOREIGN KEY (printed_by) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_letter_print_request ON letter_print (village_id, request_id);

-- The sequence behind request references (KGK-SKD-2612-0042): one counter per village and month,
-- taken under a row lock, so two nodes never hand out one reference twice.
CREATE TABLE letter_reference_counter (
    village_id  BIGINT      NOT NULL,
    period      CHAR(4)     NOT NULL,
    last_value  INT         NOT NULL,
    PRIMARY KEY (village_id, period),
    CONSTRAINT fk_letter_reference_counter_village FOREIGN KEY (village_id) REFERENCES village (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- notify: what a person is told on their own pages (/akun, /kantor), whatever feature told it: a
-- message key with its arguments (shown in the reader's language) and the page it leads to.
CREATE TABLE notification (
    id           BIGINT         NOT NULL AUTO_INCREMENT,
    village_id   BIGINT         NOT NULL,
    account_id   BIGINT         NOT NULL,
    message_key  VARCHAR(120)   NOT NULL,
    arguments    VARCHAR(2000)  NOT NULL,
    view_id      VARCHAR(200),
    parameters   VARCHAR(500)   NOT NULL,
    created_at   DATETIME(6)    NOT NULL,
    read_at      DATETIME(6),
    version      BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_notification_village FOREIGN KEY (village_id) REFERENCES village (id),
    CONSTRAINT fk_notification_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_notification_account ON notification (village_id, account_id, id);
