/** Topics of an article: each configured topic is a query; {@link dev.newsdesk.core.analysis.topic.TopicClassifier}. */
package dev.newsdesk.core.analysis.topic;
