-- Which data key the personal data of this database is sealed with (its key id, the key version
-- every sealed value carries). One row, written at start once every value is sealed with that key:
-- a start with another key that is not listed among the retired keys is refused instead of failing
-- on every NIK later; no row yet means values from before key versions may exist and are sealed again.
CREATE TABLE data_key (
    id         INT          NOT NULL,
    key_id     CHAR(8)      NOT NULL,
    sealed_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
