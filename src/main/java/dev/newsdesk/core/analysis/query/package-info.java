/**
 * The query language of subscriptions, topics and search (DESIGN.md): {@link dev.newsdesk.core.analysis.query.Query}
 * parses and matches, {@link dev.newsdesk.core.analysis.query.MatchDocument} tokenises an article once so that many
 * queries and watch terms are checked with hash look-ups, {@link dev.newsdesk.core.analysis.query.Tokenizer} defines
 * what a word is for both.
 */
package dev.newsdesk.core.analysis.query;
