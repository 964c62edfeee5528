/**
 * Slack on Bolt for Java: {@link dev.newsdesk.adapter.slack.SlackBot} turns slash commands, mentions, direct
 * messages and button presses into chat commands (Socket Mode, or HTTP mode behind
 * {@link dev.newsdesk.adapter.slack.SlackEventsEndpoint} with {@link dev.newsdesk.adapter.slack.SlackSignature});
 * {@link dev.newsdesk.adapter.slack.SlackBlocks} renders messages as Block Kit;
 * {@link dev.newsdesk.adapter.slack.SlackPlatform} sends them for the outbox;
 * {@link dev.newsdesk.adapter.slack.SlackAdmins} says who may change a channel's settings.
 */
package dev.newsdesk.adapter.slack;
