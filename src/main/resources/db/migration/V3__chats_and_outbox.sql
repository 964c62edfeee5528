-- Chats, their settings and the outbox. Portable SQLite/PostgreSQL like V1: times as epoch milliseconds,
-- booleans as 0/1, numbers per chat made by the application.

CREATE TABLE chats (
    platform     VARCHAR(16)   NOT NULL,
    chat_id      VARCHAR(64)   NOT NULL,
    title        VARCHAR(256)  NOT NULL,
    type         VARCHAR(16)   NOT NULL,
    zone         VARCHAR(64)   NOT NULL,
    active       SMALLINT      NOT NULL DEFAULT 1,
    last_list    TEXT,                  -- item ids of the last numbered list shown, for /summary N
    created_at   BIGINT        NOT NULL,
    updated_at   BIGINT        NOT NULL,
    PRIMARY KEY (platform, chat_id)
);

CREATE TABLE watch_terms (
    platform     VARCHAR(16)   NOT NULL,
    chat_id      VARCHAR(64)   NOT NULL,
    term         VARCHAR(200)  NOT NULL,
    term_key     VARCHAR(200)  NOT NULL, -- lower case, for uniqueness and removal
    added_by     VARCHAR(128)  NOT NULL,
    added_at     BIGINT        NOT NULL,
    PRIMARY KEY (platform, chat_id, term_key)
);

CREATE TABLE subscriptions (
    platform     VARCHAR(16)   NOT NULL,
    chat_id      VARCHAR(64)   NOT NULL,
    id           BIGINT        NOT NULL,
    query        TEXT          NOT NULL,
    added_by     VARCHAR(128)  NOT NULL,
    added_at     BIGINT        NOT NULL,
    PRIMARY KEY (platform, chat_id, id)
);

CREATE TABLE schedules (
    platform     VARCHAR(16)   NOT NULL,
    chat_id      VARCHAR(64)   NOT NULL,
    id           BIGINT        NOT NULL,
    spec         VARCHAR(64)   NOT NULL, -- daily HH:MM | weekly DAY HH:MM
    zone         VARCHAR(64)   NOT NULL,
    topics       TEXT          NOT NULL, -- topic ids separated by spaces
    added_by     VARCHAR(128)  NOT NULL,
    added_at     BIGINT        NOT NULL,
    PRIMARY KEY (platform, chat_id, id)
);

CREATE TABLE outbox (
    delivery_key     VARCHAR(400)  NOT NULL PRIMARY KEY,
    platform         VARCHAR(16)   NOT NULL,
    chat_id          VARCHAR(64)   NOT NULL,
    shared           SMALLINT      NOT NULL DEFAULT 0, -- group or channel: paced per minute as well
    kind             VARCHAR(16)   NOT NULL,
    payload          TEXT          NOT NULL,
    format           VARCHAR(16)   NOT NULL,
    previews         SMALLINT      NOT NULL DEFAULT 0,
    state            VARCHAR(16)   NOT NULL, -- pending, sent, failed
    attempts         INTEGER       NOT NULL DEFAULT 0,
    next_attempt_at  BIGINT        NOT NULL,
    platform_msg_id  VARCHAR(64),
    last_error       TEXT,
    created_at       BIGINT        NOT NULL,
    sent_at          BIGINT
);

CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
CREATE INDEX outbox_chat ON outbox (platform, chat_id, state);

-- until stories exist: which story (first item with the same normalised title within 48 h) an item belongs to
CREATE TABLE alert_stories (
    item_id      VARCHAR(32)   NOT NULL PRIMARY KEY,
    story_key    VARCHAR(64)   NOT NULL,
    title_key    VARCHAR(512)  NOT NULL,
    seen_at      BIGINT        NOT NULL
);

CREATE INDEX alert_stories_title ON alert_stories (title_key, seen_at);
