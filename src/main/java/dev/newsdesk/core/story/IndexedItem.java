package dev.newsdesk.core.story;

/** One item in the index: what is needed to compare it and to find its story. */
final class IndexedItem {
    final String itemId;
    final String sourceId;
    final long publishedMillis;
    final TextFeatures features;
    final StoryState story;
    /** The add that last compared with this item: each candidate is scored once per add. */
    long visitedBy;

    IndexedItem(String itemId, String sourceId, long publishedMillis, TextFeatures features, StoryState story) {
        this.itemId = itemId;
        this.sourceId = sourceId;
        this.publishedMillis = publishedMillis;
        this.features = features;
        this.story = story;
    }
}
