package dev.newsdesk.app;

import dev.newsdesk.core.story.Story;
import dev.newsdesk.core.story.StoryCandidate;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Where stories live: the {@code stories} rows and each item's story. */
public interface StoryStore {

    /**
     * Records which story each item joined and the stories' current state, in one transaction.
     *
     * @param storyOfItem item id to story id
     * @param stories     the stories touched, by id
     */
    void save(Map<String, String> storyOfItem, Map<String, Story> stories);

    /**
     * The most recent items (at most {@code limit}) fetched since {@code since} that belong to a story, in the order
     * they were first stored, with their story id: what the in-memory grouper needs to pick up where it left off
     * after a restart. Streamed, so that a restore never holds them all at once.
     */
    void forEachMemberSince(Instant since, int limit, java.util.function.Consumer<Member> member);

    /** An item of a story, as the grouper saw it. */
    record Member(StoryCandidate candidate, String storyId) {
    }
}
