-- The instances working on one store and when each last checked in (epoch milliseconds), so that a limit that belongs
-- to the bot rather than to a process (Telegram's 30 messages a second, Slack's per-workspace pace) is shared among
-- the instances alive instead of granted to each. Portable SQLite/PostgreSQL like V1.

CREATE TABLE instances (
    owner     VARCHAR(128) PRIMARY KEY,
    seen_at   BIGINT       NOT NULL
);
