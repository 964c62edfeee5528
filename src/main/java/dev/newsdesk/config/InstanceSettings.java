package dev.newsdesk.config;

import java.time.Duration;

/**
 * The {@code instance:} section, for several instances on one store.
 *
 * @param lease how long an instance's claim on a source or a delivery lasts unless renewed: an instance that dies has
 *              its work taken over by the others after at most this long
 */
public record InstanceSettings(Duration lease) {
}
