package dev.newsdesk.config;

import dev.newsdesk.core.source.Source;

import java.util.List;
import java.util.Map;

/** The whole effective configuration: built-in defaults, then the user's file, then environment overrides. */
public record NewsdeskConfig(StorageSettings storage, HttpSettings http, FetchSettings fetch, List<Source> sources,
                             Map<String, TopicSpec> topics, List<String> watchlist, List<DigestSpec> digests,
                             TelegramSettings telegram, SlackSettings slack, SummarizerSettings summarizer,
                             AlertSettings alerts) {
    public NewsdeskConfig {
        sources = List.copyOf(sources);
        topics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(topics));
        watchlist = List.copyOf(watchlist);
        digests = List.copyOf(digests);
    }
}
