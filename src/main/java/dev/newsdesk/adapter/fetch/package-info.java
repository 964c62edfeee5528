/**
 * Fetching over HTTP with OkHttp: {@link dev.newsdesk.adapter.fetch.HttpFetcher} implements the
 * {@link dev.newsdesk.app.Fetcher} port (conditional GET, redirects, size and time caps, concurrency limits, the SSRF
 * guard). Everything else in this package is a package-private helper with one job.
 */
package dev.newsdesk.adapter.fetch;
