-- News (issue 7): a village's articles, their categories and the old addresses of articles whose
-- slug changed (an old address answers 301 to the current one).

CREATE TABLE news_category (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    village_id BIGINT      NOT NULL,
    name       VARCHAR(60) NOT NULL,
    slug       VARCHAR(80) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    version    BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_news_category_slug UNIQUE (village_id, slug),
    CONSTRAINT fk_news_category_village FOREIGN KEY (village_id) REFERENCES village (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- status: DRAFT, SCHEDULED (publish_at in the future, published by the scheduler), PUBLISHED.
-- body is the sanitised HTML shown to visitors; source is what the editor typed; body_text the plain
-- text for the search. published_at is the date visitors see (the first publication).
CREATE TABLE news_article (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    village_id        BIGINT       NOT NULL,
    slug              VARCHAR(80)  NOT NULL,
    title             VARCHAR(160) NOT NULL,
    summary           VARCHAR(300),
    source            MEDIUMTEXT   NOT NULL,
    body              MEDIUMTEXT   NOT NULL,
    body_text         MEDIUMTEXT   NOT NULL,
    category_id       BIGINT,
    cover_media_id    BIGINT,
    author_account_id BIGINT       NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    publish_at        DATETIME(6),
    published_at      DATETIME(6),
    created_at        DATETIME(6)  NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_news_article_slug UNIQUE (village_id, slug),
    CONSTRAINT fk_news_article_village FOREIGN KEY (village_id) REFERENCES village (id),
    CONSTRAINT fk_news_article_category FOREIGN KEY (category_id) REFERENCES news_category (id),
    CONSTRAINT fk_news_article_author FOREIGN KEY (author_account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_news_article_published ON news_article (village_id, status, published_at);
CREATE INDEX ix_news_article_category ON news_article (village_id, category_id, status, published_at);
CREATE INDEX ix_news_article_author ON news_article (author_account_id);
-- The scheduler looks for due articles of every village at once (background work across villages),
-- so this one index does not start with village_id.
CREATE INDEX ix_news_article_due ON news_article (status, publish_at);

CREATE TABLE news_slug_history (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    village_id BIGINT      NOT NULL,
    slug       VARCHAR(80) NOT NULL,
    article_id BIGINT      NOT NULL,
    created_at DATETIME(6) NOT NULL,
    version    BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_news_slug_history UNIQUE (village_id, slug),
    CONSTRAINT fk_news_slug_history_village FOREIGN KEY (village_id) REFERENCES village (id),
    CONSTRAINT fk_news_slug_history_article FOREIGN KEY (article_id) REFERENCES news_article (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An article's cover is a public image of the media pipeline (media feature, V16).
ALTER TABLE news_article ADD CONSTRAINT fk_news_article_cover FOREIGN KEY (cover_media_id) REFERENCES media (id);
