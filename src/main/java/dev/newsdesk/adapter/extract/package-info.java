/**
 * Full-text article extraction: {@link dev.newsdesk.adapter.extract.ArticleExtractor} turns an HTML page into an
 * {@link dev.newsdesk.adapter.extract.Article} (main text plus title, byline, published time, image, canonical link,
 * language); {@link dev.newsdesk.adapter.extract.TeaserDetector} tells when a feed item's text is only a teaser worth
 * replacing. The pipeline, one small class per step: parse (jsoup) → {@code DepthLimiter} → {@code Metadata} (JSON-LD,
 * OpenGraph, HTML) → site rule ({@code SiteRules}, data in {@code /extract/site-rules.json}) → {@code Boilerplate}
 * → {@code ContentFinder} (readability-style scoring over {@code NodeStats}) → {@code ContentCleaner} →
 * {@code TextRenderer} → {@code BodyChoice} (markup vs the declared JSON-LD articleBody).
 */
package dev.newsdesk.adapter.extract;
