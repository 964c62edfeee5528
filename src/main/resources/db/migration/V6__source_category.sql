-- The folder an operator sorted a source into (the parent outline of an OPML import), kept for export.
-- Portable SQLite/PostgreSQL; NULL for sources in no category.
ALTER TABLE sources ADD COLUMN category VARCHAR(200);
