-- A village's logo (site feature): one processed PNG per village, shown on its public pages.
-- village.logo_version names the stored image; its change makes browsers and the page cache
-- fetch the new one.
ALTER TABLE village ADD COLUMN logo_version CHAR(32);

CREATE TABLE village_logo (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    village_id  BIGINT      NOT NULL,
    png         MEDIUMBLOB  NOT NULL,
    fingerprint CHAR(32)    NOT NULL,
    width       INT         NOT NULL,
    height      INT         NOT NULL,
    updated_at  DATETIME(6) NOT NULL,
    version     BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_village_logo_village UNIQUE (village_id),
    CONSTRAINT fk_village_logo_village FOREIGN KEY (village_id) REFERENCES village (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
