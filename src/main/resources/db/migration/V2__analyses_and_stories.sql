-- Article intelligence: one analysis per item version, stories that group items of one event, topics per item
-- for fast digest selection, and model summaries kept by (content hash, model, prompt version) so that no article
-- is ever summarised twice. Portable SQL, as V1.

CREATE TABLE stories (
    id                   VARCHAR(32)  NOT NULL PRIMARY KEY,
    representative_item  VARCHAR(32)  NOT NULL,
    sources              TEXT         NOT NULL, -- source ids, one per line, in order of arrival
    item_count           INTEGER      NOT NULL,
    first_seen           BIGINT       NOT NULL,
    last_updated         BIGINT       NOT NULL
);
CREATE INDEX stories_last_updated ON stories (last_updated);

ALTER TABLE items ADD COLUMN story_id VARCHAR(32);
CREATE INDEX items_story ON items (story_id);

CREATE TABLE analyses (
    item_id           VARCHAR(32)      NOT NULL PRIMARY KEY,
    content_hash      VARCHAR(32)      NOT NULL,
    summary           TEXT             NOT NULL,
    takeaways         TEXT             NOT NULL, -- one per line
    watch_for         TEXT             NOT NULL, -- forward-looking sentences, one per line
    topics            TEXT             NOT NULL, -- topic ids, one per line
    watch_hits        TEXT             NOT NULL, -- default watch-list terms hit, one per line
    impact_direction  VARCHAR(16)      NOT NULL,
    impact_score      DOUBLE PRECISION NOT NULL,
    impact_magnitude  VARCHAR(16)      NOT NULL,
    impact_sectors    TEXT             NOT NULL, -- sector names, one per line
    impact_assets     TEXT             NOT NULL, -- assets named (tickers, coins), one per line
    impact_sentence   TEXT,
    producer          VARCHAR(128)     NOT NULL, -- extractive, or model + prompt version
    analyzed_at       BIGINT           NOT NULL
);

-- digests select by topic and time: one row per (item, topic)
CREATE TABLE item_topics (
    item_id       VARCHAR(32) NOT NULL,
    topic         VARCHAR(64) NOT NULL,
    published_at  BIGINT      NOT NULL,
    PRIMARY KEY (item_id, topic)
);
CREATE INDEX item_topics_topic_published ON item_topics (topic, published_at);

CREATE TABLE model_summaries (
    content_hash    VARCHAR(32)  NOT NULL,
    model           VARCHAR(128) NOT NULL,
    prompt_version  VARCHAR(32)  NOT NULL,
    answer          TEXT         NOT NULL, -- the validated JSON answer
    tokens          INTEGER      NOT NULL,
    created_at      BIGINT       NOT NULL,
    PRIMARY KEY (content_hash, model, prompt_version)
);
