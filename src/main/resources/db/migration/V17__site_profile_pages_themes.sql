-- The village site (issue 7): the long profile (history, vision and mission, location, figures),
-- officials, simple pages with PDF attachments, the admin's order of the public menu, the theme and
-- the home page's hero image and welcome.

-- What every page of the village needs stays on the small site row (kept in memory for all villages):
-- its theme, its home page's hero picture and welcome, and its office hours (contact card).
ALTER TABLE site ADD COLUMN theme VARCHAR(40) NOT NULL DEFAULT 'default';
ALTER TABLE site ADD COLUMN hero_media_id BIGINT;
ALTER TABLE site ADD COLUMN welcome VARCHAR(600);
ALTER TABLE site ADD COLUMN office_hours VARCHAR(300);
ALTER TABLE site ADD CONSTRAINT fk_site_hero_media FOREIGN KEY (hero_media_id) REFERENCES media (id);

-- The long texts of the profile page, read only for that page (one row per village, made on its
-- first change).
CREATE TABLE site_profile (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    village_id  BIGINT        NOT NULL,
    history     TEXT,
    vision      TEXT,
    mission     TEXT,
    latitude    DECIMAL(9,6),
    longitude   DECIMAL(9,6),
    area_km2    DECIMAL(10,2),
    population  INT,
    households  INT,
    hamlets     INT,
    updated_at  DATETIME(6)   NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_site_profile_village UNIQUE (village_id),
    CONSTRAINT fk_site_profile_village FOREIGN KEY (village_id) REFERENCES village (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Officials shown on the profile. One linked to a staff membership takes its name and title from
-- there (what letters print); one without (a BPD member) has its own name and position.
CREATE TABLE site_official (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    village_id     BIGINT       NOT NULL,
    membership_id  BIGINT,
    name           VARCHAR(120),
    position_label VARCHAR(160),
    photo_media_id BIGINT,
    sort_order     INT          NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_site_official_membership UNIQUE (village_id, membership_id),
    KEY ix_site_official_order (village_id, sort_order),
    CONSTRAINT fk_site_official_village FOREIGN KEY (village_id) REFERENCES village (id),
    CONSTRAINT fk_site_official_membership FOREIGN KEY (membership_id) REFERENCES membership (id),
    CONSTRAINT fk_site_official_photo FOREIGN KEY (photo_media_id) REFERENCES media (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The village's own pages (lembaga desa, BPD, Perdes, APBDes) at /halaman/<slug>.
CREATE TABLE site_page (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    village_id  BIGINT        NOT NULL,
    slug        VARCHAR(120)  NOT NULL,
    title       VARCHAR(160)  NOT NULL,
    body        MEDIUMTEXT    NOT NULL,
    published   BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at  DATETIME(6)   NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_site_page_slug UNIQUE (village_id, slug),
    CONSTRAINT fk_site_page_village FOREIGN KEY (village_id) REFERENCES village (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Slugs a page had before its title changed: they answer 301 to the current one. A slug names one
-- page of a village at a time, current or old.
CREATE TABLE site_page_old_slug (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    village_id  BIGINT        NOT NULL,
    page_id     BIGINT        NOT NULL,
    slug        VARCHAR(120)  NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_site_page_old_slug UNIQUE (village_id, slug),
    CONSTRAINT fk_site_page_old_slug_village FOREIGN KEY (village_id) REFERENCES village (id),
    CONSTRAINT fk_site_page_old_slug_page FOREIGN KEY (page_id) REFERENCES site_page (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Downloadable documents (PDF) of a page, in the admin's order.
CREATE TABLE site_page_attachment (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    village_id  BIGINT        NOT NULL,
    page_id     BIGINT        NOT NULL,
    media_id    BIGINT        NOT NULL,
    title       VARCHAR(160)  NOT NULL,
    sort_order  INT           NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_site_page_attachment_page (village_id, page_id, sort_order),
    CONSTRAINT fk_site_page_attachment_village FOREIGN KEY (village_id) REFERENCES village (id),
    CONSTRAINT fk_site_page_attachment_page FOREIGN KEY (page_id) REFERENCES site_page (id),
    CONSTRAINT fk_site_page_attachment_media FOREIGN KEY (media_id) REFERENCES media (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The admin's order of the public menu: entries by their stable key (news, products, page:12), with
-- those hidden. Entries without a row keep their features' order, after the ordered ones.
CREATE TABLE site_menu_entry (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    village_id  BIGINT       NOT NULL,
    entry_key   VARCHAR(80)  NOT NULL,
    position    INT          NOT NULL,
    hidden      BOOLEAN      NOT NULL DEFAULT FALSE,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_site_menu_entry UNIQUE (village_id, entry_key),
    CONSTRAINT fk_site_menu_entry_village FOREIGN KEY (village_id) REFERENCES village (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
