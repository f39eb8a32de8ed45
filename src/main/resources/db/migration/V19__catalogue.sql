-- Local products (UMKM) and tourism (catalogue feature). A confirmed resident asks to sell; the
-- village admin approves sellers and reviews products: a product keeps its last approved name,
-- description and photos (what the public sees) apart from the seller's draft, until the admin
-- approves the draft. Price, unit, stock and category are not reviewed. Destinations are the
-- village admin's own. Photos are media of the media pipeline. Old slugs answer 301 through
-- catalogue_slug_history.

CREATE TABLE catalogue_seller (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    village_id   BIGINT       NOT NULL,
    account_id   BIGINT       NOT NULL,
    shop_name    VARCHAR(80)  NOT NULL,
    whatsapp     VARCHAR(16)  NOT NULL,
    state        VARCHAR(20)  NOT NULL,
    reason       VARCHAR(500),
    language     VARCHAR(5)   NOT NULL,
    requested_at DATETIME(6)  NOT NULL,
    decided_at   DATETIME(6),
    version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_catalogue_seller_account UNIQUE (village_id, account_id),
    CONSTRAINT fk_catalogue_seller_village FOREIGN KEY (village_id) REFERENCES village (id),
    CONSTRAINT fk_catalogue_seller_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_catalogue_seller_state ON catalogue_seller (village_id, state, requested_at);
-- A person's shops in every village, for their data export and erasure.
CREATE INDEX ix_catalogue_seller_person ON catalogue_seller (account_id);

CREATE TABLE catalogue_category (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    village_id BIGINT      NOT NULL,
    name       VARCHAR(60) NOT NULL,
    slug       VARCHAR(80) NOT NULL,
    position   INT         NOT NULL,
    version    BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_catalogue_category_slug UNIQUE (village_id, slug),
    CONSTRAINT fk_catalogue_category_village FOREIGN KEY (village_id) REFERENCES village (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE catalogue_product (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    village_id        BIGINT       NOT NULL,
    seller_id         BIGINT       NOT NULL,
    category_id       BIGINT,
    slug              VARCHAR(80),
    name              VARCHAR(120),
    description       TEXT,
    draft_name        VARCHAR(120) NOT NULL,
    draft_description TEXT         NOT NULL,
    price             BIGINT       NOT NULL,
    unit              VARCHAR(20)  NOT NULL,
    stock             INT,
    featured          BOOLEAN      NOT NULL DEFAULT FALSE,
    state             VARCHAR(20)  NOT NULL,
    reason            VARCHAR(500),
    created_at        DATETIME(6)  NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    published_at      DATETIME(6),
    version           BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_catalogue_product_slug UNIQUE (village_id, slug),
    CONSTRAINT fk_catalogue_product_village FOREIGN KEY (village_id) REFERENCES village (id),
    CONSTRAINT fk_catalogue_product_seller FOREIGN KEY (seller_id) REFERENCES catalogue_seller (id),
    CONSTRAINT fk_catalogue_product_category FOREIGN KEY (category_id) REFERENCES catalogue_category (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_catalogue_product_state ON catalogue_product (village_id, state, updated_at);
CREATE INDEX ix_catalogue_product_seller ON catalogue_product (village_id, seller_id);

-- A photo belongs to the seller's draft, to the approved version, or to both.
CREATE TABLE catalogue_product_photo (
    id           BIGINT  NOT NULL AUTO_INCREMENT,
    village_id   BIGINT  NOT NULL,
    product_id   BIGINT  NOT NULL,
    media_id     BIGINT  NOT NULL,
    position     INT     NOT NULL,
    in_draft     BOOLEAN NOT NULL,
    in_published BOOLEAN NOT NULL,
    version      BIGINT  NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_catalogue_product_photo_village FOREIGN KEY (village_id) REFERENCES village (id),
    CONSTRAINT fk_catalogue_product_photo_product FOREIGN KEY (product_id) REFERENCES catalogue_product (id),
    CONSTRAINT fk_catalogue_product_photo_media FOREIGN KEY (media_id) REFERENCES media (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_catalogue_product_photo_product ON catalogue_product_photo (village_id, product_id, position);

CREATE TABLE catalogue_destination (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    village_id    BIGINT        NOT NULL,
    slug          VARCHAR(80)   NOT NULL,
    name          VARCHAR(120)  NOT NULL,
    description   TEXT          NOT NULL,
    facilities    VARCHAR(1000),
    opening_hours VARCHAR(300),
    ticket_price  BIGINT,
    ticket_note   VARCHAR(200),
    address       VARCHAR(300),
    latitude      DECIMAL(9,6),
    longitude     DECIMAL(9,6),
    contact_phone VARCHAR(16),
    featured      BOOLEAN       NOT NULL DEFAULT FALSE,
    published     BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at    DATETIME(6)   NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    published_at  DATETIME(6),
    version       BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_catalogue_destination_slug UNIQUE (village_id, slug),
    CONSTRAINT fk_catalogue_destination_village FOREIGN KEY (village_id) REFERENCES village (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_catalogue_destination_published ON catalogue_destination (village_id, published, updated_at);

CREATE TABLE catalogue_destination_photo (
    id             BIGINT NOT NULL AUTO_INCREMENT,
    village_id     BIGINT NOT NULL,
    destination_id BIGINT NOT NULL,
    media_id       BIGINT NOT NULL,
    position       INT    NOT NULL,
    version        BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_catalogue_destination_photo_village FOREIGN KEY (village_id) REFERENCES village (id),
    CONSTRAINT fk_catalogue_destination_photo_destination FOREIGN KEY (destination_id)
        REFERENCES catalogue_destination (id),
    CONSTRAINT fk_catalogue_destination_photo_media FOREIGN KEY (media_id) REFERENCES media (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_catalogue_destination_photo_destination
    ON catalogue_destination_photo (village_id, destination_id, position);

-- Slugs a product or destination had before its name changed: each answers 301 to the current one.
CREATE TABLE catalogue_slug_history (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    village_id BIGINT      NOT NULL,
    kind       VARCHAR(20) NOT NULL,
    slug       VARCHAR(80) NOT NULL,
    target_id  BIGINT      NOT NULL,
    created_at DATETIME(6) NOT NULL,
    version    BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_catalogue_slug_history UNIQUE (village_id, kind, slug),
    CONSTRAINT fk_catalogue_slug_history_village FOREIGN KEY (village_id) REFERENCES village (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_catalogue_slug_history_target ON catalogue_slug_history (village_id, kind, target_id);
