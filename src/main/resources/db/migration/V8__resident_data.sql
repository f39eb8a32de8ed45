-- Residents' own data (address, birth, religion, marital status, occupation, family members on the
-- same KK), identity confirmation by an operator, disabling, and the record of staff actions on a
-- resident. NIK values stay encrypted with a keyed hash; a resident whose NIK was given to its
-- rightful owner keeps the record without a NIK, so the NIK columns become nullable (a UNIQUE
-- constraint allows any number of NULLs on H2 and MariaDB).
ALTER TABLE resident MODIFY COLUMN nik_cipher VARCHAR(255) NULL;
ALTER TABLE resident MODIFY COLUMN nik_hash CHAR(64) NULL;
ALTER TABLE resident ADD COLUMN address VARCHAR(300);
ALTER TABLE resident ADD COLUMN hamlet VARCHAR(80);
ALTER TABLE resident ADD COLUMN rt VARCHAR(3);
ALTER TABLE resident ADD COLUMN rw VARCHAR(3);
ALTER TABLE resident ADD COLUMN birth_place VARCHAR(120);
ALTER TABLE resident ADD COLUMN birth_date DATE;
ALTER TABLE resident ADD COLUMN sex VARCHAR(8);
ALTER TABLE resident ADD COLUMN religion VARCHAR(16);
ALTER TABLE resident ADD COLUMN marital_status VARCHAR(16);
ALTER TABLE resident ADD COLUMN occupation VARCHAR(120);
ALTER TABLE resident ADD COLUMN data_changed_at DATETIME(6);
ALTER TABLE resident ADD COLUMN confirmed_at DATETIME(6);
ALTER TABLE resident ADD COLUMN confirmed_by BIGINT;
ALTER TABLE resident ADD COLUMN confirmation_method VARCHAR(16);
ALTER TABLE resident ADD COLUMN state VARCHAR(10) NOT NULL DEFAULT 'ACTIVE';
CREATE INDEX ix_resident_village_state ON resident (village_id, state, confirmed_at);

CREATE TABLE resident_family_member (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    village_id  BIGINT       NOT NULL,
    resident_id BIGINT       NOT NULL,
    name        VARCHAR(120) NOT NULL,
    nik_cipher  VARCHAR(255) NOT NULL,
    nik_hash    CHAR(64)     NOT NULL,
    relation    VARCHAR(16)  NOT NULL,
    birth_date  DATE,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_family_member_village FOREIGN KEY (village_id) REFERENCES village (id),
    CONSTRAINT fk_family_member_resident FOREIGN KEY (resident_id) REFERENCES resident (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_family_member_village_resident ON resident_family_member (village_id, resident_id);

-- Who did what to a resident record, and when; never a NIK value.
CREATE TABLE resident_change (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    village_id  BIGINT       NOT NULL,
    resident_id BIGINT       NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    actor_id    BIGINT       NOT NULL,
    changed_at  DATETIME(6)  NOT NULL,
    note        VARCHAR(320), -- a note of up to 300 characters, after the confirmation method
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_resident_change_village FOREIGN KEY (village_id) REFERENCES village (id),
    CONSTRAINT fk_resident_change_resident FOREIGN KEY (resident_id) REFERENCES resident (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_resident_change_village_resident ON resident_change (village_id, resident_id, changed_at);
