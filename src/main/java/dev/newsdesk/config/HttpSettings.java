package dev.newsdesk.config;

/** The {@code http:} section: the port of /healthz, /metrics and the webhooks; 0 turns the server off. */
public record HttpSettings(int port) {
}
