-- Scheduled digests, alert noise control and story updates. Portable SQLite/PostgreSQL like V1.

-- which stories (and which version of each) a chat got in a scheduled digest: the next one leaves out what has
-- not changed since, and an on-demand /digest marks it as seen
CREATE TABLE digest_log (
    platform      VARCHAR(16)   NOT NULL,
    chat_id       VARCHAR(64)   NOT NULL,
    schedule_key  VARCHAR(200)  NOT NULL, -- chat:<n> for /schedule, config:<n> for the operator's digests
    due_at        BIGINT        NOT NULL,
    story_id      VARCHAR(600)  NOT NULL,
    version       VARCHAR(40)   NOT NULL, -- outlets and headline: a changed story is shown again
    PRIMARY KEY (platform, chat_id, schedule_key, due_at, story_id)
);
CREATE INDEX digest_log_chat ON digest_log (platform, chat_id, due_at);

-- schedule options: quiet (an empty digest sends nothing) and chart (a picture is attached)
ALTER TABLE schedules ADD COLUMN options VARCHAR(64) NOT NULL DEFAULT '';

-- an edit replaces the message of another delivery (a story update); a picture travels base64-encoded, with the
-- payload as its caption
ALTER TABLE outbox ADD COLUMN edit_of VARCHAR(400);
ALTER TABLE outbox ADD COLUMN attachment TEXT;

-- each story alerted to a chat: the version it was alerted (or last edited) with, so that a story that grows is
-- edited in place once per change
CREATE TABLE alert_state (
    platform      VARCHAR(16)   NOT NULL,
    chat_id       VARCHAR(64)   NOT NULL,
    story_key     VARCHAR(600)  NOT NULL,
    version       VARCHAR(40)   NOT NULL,
    alert_key     VARCHAR(400)  NOT NULL, -- the outbox key of the alert's first part: the message to edit
    alerted_at    BIGINT        NOT NULL,
    PRIMARY KEY (platform, chat_id, story_key)
);

-- alerts past the hourly cap, folded into one message later
CREATE TABLE alert_overflow (
    platform      VARCHAR(16)   NOT NULL,
    chat_id       VARCHAR(64)   NOT NULL,
    item_id       VARCHAR(32)   NOT NULL,
    title         TEXT          NOT NULL,
    url           TEXT,
    held_at       BIGINT        NOT NULL,
    PRIMARY KEY (platform, chat_id, item_id)
);

-- the digest index follows the store: items stored or analysed since its last look (by any instance)
CREATE INDEX items_updated ON items (updated_at);
CREATE INDEX analyses_analyzed ON analyses (analyzed_at);
