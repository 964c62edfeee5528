-- Instances sharing one store look every second at the items grouped into stories since their last look
-- (StoryService.sharingTheStore); the start-up restore reads the same way. Both select by fetch time.
CREATE INDEX items_fetched ON items (fetched_at);
