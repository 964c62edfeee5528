package dev.newsdesk.core.item;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class UrlCanonicalizerTest {

    @ParameterizedTest(name = "{0} (base {1}) -> {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            // tracking parameters and fragments go; the rest of the query stays in order
            "https://www.reuters.com/technology/nvidia-results-2024-05-22/?utm_source=rss&utm_medium=feed|NULL|https://www.reuters.com/technology/nvidia-results-2024-05-22/",
            "https://example.com/a?id=7&utm_campaign=x&page=2#comments|NULL|https://example.com/a?id=7&page=2",
            "https://example.com/story?fbclid=IwAR3xyz|NULL|https://example.com/story",
            "https://example.com/story?gclid=abc&b=2&a=1|NULL|https://example.com/story?b=2&a=1",
            "https://example.com/story?mc_cid=1&mc_eid=2|NULL|https://example.com/story",
            // scheme and host are case-insensitive, paths are not
            "HTTPS://WWW.Example.COM/News/Item|NULL|https://www.example.com/News/Item",
            "http://example.com:80/x|NULL|http://example.com/x",
            "https://example.com:443/x|NULL|https://example.com/x",
            "https://example.com:8443/x|NULL|https://example.com:8443/x",
            "https://example.com|NULL|https://example.com/",
            "https://example.com./a|NULL|https://example.com/a",
            // relative links resolve against the feed
            "/2024/05/story.html|https://news.example.org/feed.xml|https://news.example.org/2024/05/story.html",
            "story.html|https://news.example.org/section/feed.xml|https://news.example.org/section/story.html",
            "../b/c|https://example.org/a/feed/|https://example.org/a/b/c",
            "//cdn.example.net/x.jpg|https://example.org/feed|https://cdn.example.net/x.jpg",
            "a|https://example.org|https://example.org/a",
            // dot segments and odd characters
            "https://example.com/a/./b/../c|NULL|https://example.com/a/c",
            "https://example.com/a b|NULL|https://example.com/a%20b",
            "https://example.com/café|NULL|https://example.com/caf%C3%A9",
            "  https://example.com/x  |NULL|https://example.com/x",
            // not article URLs
            "mailto:news@example.com|NULL|NULL",
            "javascript:alert(1)|NULL|NULL",
            "ftp://example.com/x|NULL|NULL",
            "/relative/without/base|NULL|NULL",
            "''|NULL|NULL",
    })
    void canonicalizes(String url, String base, String expected) {
        assertThat(UrlCanonicalizer.canonicalize(url, base)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://example.com/a?utm_source=x|https://EXAMPLE.com/a#top",
            "https://example.com/a/|https://example.com/a/?fbclid=1",
    })
    void spellingsOfOneArticleAreEqual(String a, String b) {
        assertThat(UrlCanonicalizer.canonicalize(a, null)).isEqualTo(UrlCanonicalizer.canonicalize(b, null));
    }
}
