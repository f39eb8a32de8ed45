-- The site feature owns what a village shows about itself (tagline, contact, accent colour, logo);
-- the village row keeps identity, region, slug and status. Each village also gets a content
-- revision: bumped in the same transaction as any change to one of its public pages, so every node
-- can tell from the database whether a page it keeps is still current.

CREATE TABLE site (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    village_id   BIGINT       NOT NULL,
    accent_color VARCHAR(7)   NOT NULL,
    logo_version CHAR(32),
    tagline      VARCHAR(200),
    address      VARCHAR(300),
    phone        VARCHAR(30),
    email        VARCHAR(190),
    version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_site_village UNIQUE (village_id),
    CONSTRAINT fk_site_village FOREIGN KEY (village_id) REFERENCES village (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO site (village_id, accent_color, logo_version, tagline, address, phone, email)
SELECT id, accent_color, logo_version, tagline, address, phone, email FROM village;

ALTER TABLE village DROP COLUMN accent_color;
ALTER TABLE village DROP COLUMN logo_version;
ALTER TABLE village DROP COLUMN tagline;
ALTER TABLE village DROP COLUMN address;
ALTER TABLE village DROP COLUMN phone;
ALTER TABLE village DROP COLUMN email;

ALTER TABLE village ADD COLUMN content_revision BIGINT NOT NULL DEFAULT 0;
