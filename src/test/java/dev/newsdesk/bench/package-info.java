/**
 * Benchmarks and quality measurements: main classes run by {@code bench/*.sh} (never by the test suite; their names
 * do not end in Test). Each prints its figures; {@code bench/README.md} records them.
 */
package dev.newsdesk.bench;
