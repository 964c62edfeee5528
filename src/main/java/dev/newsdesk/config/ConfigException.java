package dev.newsdesk.config;

/** A configuration that cannot be used. The message names the key and the problem, e.g. {@code fetch.timeout: ...}. */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
