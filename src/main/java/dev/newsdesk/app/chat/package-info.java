/**
 * Chat use cases: answering commands ({@link dev.newsdesk.app.chat.ChatService}), delivering the outbox
 * ({@link dev.newsdesk.app.chat.DeliveryService}) and keyword alerts ({@link dev.newsdesk.app.chat.AlertService}),
 * with the ports they drive.
 */
package dev.newsdesk.app.chat;
