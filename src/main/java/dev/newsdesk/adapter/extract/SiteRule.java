package dev.newsdesk.adapter.extract;

import java.util.List;

/**
 * What is known of one site's pages: where the article is and what inside it is never article text.
 *
 * @param domains the host names it applies to (a host matches its own name and any subdomain of it)
 * @param content CSS selectors of the article body, tried in order; empty to let the scorer find it
 * @param drop    CSS selectors of elements removed before anything else; empty for none
 */
record SiteRule(List<String> domains, List<String> content, List<String> drop) {

    /** The rule for sites nobody wrote a rule for: nothing special. */
    static final SiteRule NONE = new SiteRule(List.of(), List.of(), List.of());

    SiteRule {
        domains = List.copyOf(domains);
        content = List.copyOf(content);
        drop = List.copyOf(drop);
    }
}
