/**
 * Platform-neutral chat: command text parsing, the message model (blocks, links, emphasis), digest layout, schedule
 * specs, pacing rules and the story key used to send one alert per story. No I/O, JDK only.
 */
package dev.newsdesk.core.chat;
