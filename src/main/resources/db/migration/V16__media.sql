-- Media (issue 7): every upload of every feature is one row here, its files under PORTAL_MEDIA_DIR in
-- <village id>/<media id>/ (resized variants <width>.jpg|png, or berkas.pdf), never under a name a
-- person chose. Features reference a row by a BIGINT column with a foreign key to media(id).
CREATE TABLE media (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    village_id   BIGINT       NOT NULL,
    kind         VARCHAR(16)  NOT NULL,
    visibility   VARCHAR(16)  NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    byte_size    BIGINT       NOT NULL,
    width        INT          NOT NULL,
    height       INT          NOT NULL,
    fingerprint  VARCHAR(64)  NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_media_village (village_id, id),
    CONSTRAINT fk_media_village FOREIGN KEY (village_id) REFERENCES village (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The village logo becomes a media image. Logos stored before (village_logo, one PNG in the row) are
-- moved onto media at start by the site feature (LegacyLogos), which then deletes their rows; until a
-- logo is moved, its old address keeps serving it from village_logo.
ALTER TABLE site ADD COLUMN logo_media_id BIGINT;
ALTER TABLE site ADD CONSTRAINT fk_site_logo_media FOREIGN KEY (logo_media_id) REFERENCES media (id);
