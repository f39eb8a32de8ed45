-- Letters, the issuing side (issue 8, package letters.issue): numbering, signing keys, issued letters.

-- A village's numbering settings; a village without a row uses the defaults (NumberingSettings).
CREATE TABLE letter_numbering (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    village_id     BIGINT       NOT NULL,
    number_format  VARCHAR(120) NOT NULL,
    sequence_scope VARCHAR(16)  NOT NULL,
    paper          VARCHAR(8)   NOT NULL,
    village_code   VARCHAR(20)  NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY ux_letter_numbering_village (village_id),
    CONSTRAINT fk_letter_numbering_village FOREIGN KEY (village_id) REFERENCES village (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The running numbers: one row per village, year and scope ('' for the whole village, else a letter
-- type's code). A signing locks its row (select ... for update) until its transaction ends, so numbers
-- are unique and without gaps across nodes; a signing that rolls back gives its number back. Rows are
-- created by an insert of their own (insert ignore, committed) before any locking read, so no gap lock.
CREATE TABLE letter_number_sequence (
    village_id    BIGINT      NOT NULL,
    sequence_year INT         NOT NULL,
    scope_key     VARCHAR(40) NOT NULL,
    last_number   INT         NOT NULL,
    PRIMARY KEY (village_id, sequence_year, scope_key),
    CONSTRAINT fk_letter_sequence_village FOREIGN KEY (village_id) REFERENCES village (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The deployment's own certificate authority (one row, id 1, created at the first start). Its private
-- key (PKCS#8, base64) is sealed with the data key like personal data and sealed again by the key
-- rotation (SigningKeysSealedData); the certificate is public (DER, base64).
CREATE TABLE signing_authority (
    id                 INT          NOT NULL,
    certificate        TEXT         NOT NULL,
    private_key_sealed TEXT         NOT NULL,
    created_at         DATETIME(6)  NOT NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A village's signing keys, created when the village first signs (never at onboarding), each with a
-- certificate issued by the authority above. A new generation replaces one about to expire; letters
-- carry their own certificates, so older ones keep verifying.
CREATE TABLE village_signing_key (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    village_id         BIGINT       NOT NULL,
    generation         INT          NOT NULL,
    certificate        TEXT         NOT NULL,
    private_key_sealed TEXT         NOT NULL,
    created_at         DATETIME(6)  NOT NULL,
    not_after          DATETIME(6)  NOT NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY ux_village_signing_key (village_id, generation),
    CONSTRAINT fk_signing_key_village FOREIGN KEY (village_id) REFERENCES village (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Issued letters: the register's source of truth for the number, the signed PDF (a private media
-- document) and its SHA-256, and the public verification (by the SHA-256 of a random token, never an
-- id). request_id names the request of the letters feature (table of V20), deliberately without a
-- foreign key: the issuing side is built and tested on its own. The token hash is the one index not
-- led by village_id: a verification address is global (printed on paper, read on the platform host).
-- Only the subject's masked name is kept here; the full letter is the PDF.
CREATE TABLE issued_letter (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    village_id        BIGINT       NOT NULL,
    request_id        BIGINT       NOT NULL,
    letter_number     VARCHAR(160) NOT NULL,
    sequence_year     INT          NOT NULL,
    sequence_scope    VARCHAR(40)  NOT NULL,
    sequence_number   INT          NOT NULL,
    type_code         VARCHAR(40)  NOT NULL,
    type_name         VARCHAR(200) NOT NULL,
    letter_date       DATE         NOT NULL,
    subject_masked    VARCHAR(200) NOT NULL,
    signer_name       VARCHAR(200) NOT NULL,
    signer_title      VARCHAR(200) NOT NULL,
    signing_note      VARCHAR(100),
    signed_by         BIGINT,
    signed_at         DATETIME(6)  NOT NULL,
    token_hash        CHAR(64)     NOT NULL,
    sha256            CHAR(64)     NOT NULL,
    pdf_media_id      BIGINT       NOT NULL,
    key_generation    INT          NOT NULL,
    revoked_at        DATETIME(6),
    revoked_by        BIGINT,
    revocation_reason VARCHAR(500),
    version           BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY ux_issued_letter_number (village_id, letter_number),
    UNIQUE KEY ux_issued_letter_request (village_id, request_id),
    UNIQUE KEY ux_issued_letter_token (token_hash),
    KEY ix_issued_letter_signed (village_id, signed_at),
    CONSTRAINT fk_issued_letter_village FOREIGN KEY (village_id) REFERENCES village (id),
    CONSTRAINT fk_issued_letter_pdf FOREIGN KEY (pdf_media_id) REFERENCES media (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
