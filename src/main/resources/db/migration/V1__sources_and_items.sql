-- Written for both SQLite and PostgreSQL: portable types only, times as epoch milliseconds,
-- booleans as 0/1, ids made by the application (no vendor-specific auto-increment).

CREATE TABLE sources (
    id               VARCHAR(64)   NOT NULL PRIMARY KEY,
    name             VARCHAR(200)  NOT NULL,
    url              VARCHAR(2048) NOT NULL,
    type             VARCHAR(16)   NOT NULL,
    selectors        TEXT,
    interval_ms      BIGINT        NOT NULL,
    added_by         VARCHAR(128)  NOT NULL,
    added_at         BIGINT        NOT NULL,
    enabled          SMALLINT      NOT NULL DEFAULT 1,
    trusted          SMALLINT      NOT NULL DEFAULT 0,
    etag             VARCHAR(512),
    last_modified    VARCHAR(128),
    next_poll_at     BIGINT,
    last_attempt_at  BIGINT,
    last_success_at  BIGINT,
    failures_in_row  INTEGER       NOT NULL DEFAULT 0,
    last_error_kind  VARCHAR(32),
    last_error       TEXT,
    last_error_at    BIGINT
);

CREATE INDEX sources_due ON sources (enabled, next_poll_at);

CREATE TABLE items (
    id            VARCHAR(32)  NOT NULL PRIMARY KEY,
    source_id     VARCHAR(64)  NOT NULL, -- no foreign key: a removed source leaves its items
    item_key      TEXT         NOT NULL,
    guid          TEXT,
    url           VARCHAR(2048),
    title         TEXT         NOT NULL,
    author        TEXT,
    published_at  BIGINT       NOT NULL,
    fetched_at    BIGINT       NOT NULL,
    updated_at    BIGINT       NOT NULL,
    summary       TEXT         NOT NULL,
    body          TEXT         NOT NULL,
    categories    TEXT,
    image_url     TEXT,
    content_hash  VARCHAR(32)  NOT NULL
);

-- one article, one row, whichever outlet or campaign link it came through
CREATE UNIQUE INDEX items_url ON items (url);
CREATE INDEX items_published ON items (published_at);
CREATE INDEX items_source_published ON items (source_id, published_at);
