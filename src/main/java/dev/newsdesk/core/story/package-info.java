/**
 * Near-duplicate stories: items from different outlets (or updates from one outlet) that report the same event are
 * grouped into one {@link dev.newsdesk.core.story.Story}, so that digests list it once and alerts fire once.
 * {@link dev.newsdesk.core.story.StoryGrouper} is the entry point; everything else here is internal.
 */
package dev.newsdesk.core.story;
