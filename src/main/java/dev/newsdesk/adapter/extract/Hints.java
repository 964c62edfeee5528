package dev.newsdesk.adapter.extract;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What class names and ids say about an element: likely article content, likely boilerplate, or neither. The word
 * lists are the common knowledge of readability-style extractors (Arc90 Readability and its descendants).
 */
final class Hints {

    /** Class/id words of page furniture that is almost never the article. */
    private static final Pattern UNLIKELY = Pattern.compile(
            "-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|"
                    + "legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|"
                    + "supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|newsletter|subscribe|"
                    + "cookie|consent|share|sharing|promo|recirc|trending|most-popular|outbrain|taboola|"
                    + "signup|toolbar|byline|author-bio|tags",
            Pattern.CASE_INSENSITIVE);
    /** Words that save an element from the unlikely list: it may hold the article. */
    private static final Pattern MAYBE = Pattern.compile("and|article|body|column|content|main|shadow|story|entry|post",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|"
                    + "outbrain|taboola|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|"
                    + "widget|newsletter|subscribe|social|recommend|caption|credit|byline|author|timestamp|dateline|"
                    + "advert|breadcrumb|nav|toolbar|signup|cookie|modal|popup",
            Pattern.CASE_INSENSITIVE);

    private Hints() {
    }

    /** The class names and id of an element, space separated (empty when it has neither). */
    static String classAndId(Element e) {
        String c = e.className();
        String id = e.id();
        if (c.isEmpty()) {
            return id;
        }
        return id.isEmpty() ? c : c + " " + id;
    }

    /** Whether class or id name page furniture (and nothing that may be the article). */
    static boolean unlikely(Element e) {
        String s = classAndId(e);
        return !s.isEmpty() && s.length() < 2000 && UNLIKELY.matcher(s).find() && !MAYBE.matcher(s).find();
    }

    /** +25 for a content-like class, +25 for a content-like id, -25 each for boilerplate-like; 0 for none. */
    static int weight(Element e) {
        int w = 0;
        String c = e.className();
        if (!c.isEmpty() && c.length() < 2000) {
            if (NEGATIVE.matcher(c).find()) {
                w -= 25;
            }
            if (POSITIVE.matcher(c).find()) {
                w += 25;
            }
        }
        String id = e.id();
        if (!id.isEmpty() && id.length() < 2000) {
            if (NEGATIVE.matcher(id).find()) {
                w -= 25;
            }
            if (POSITIVE.matcher(id).find()) {
                w += 25;
            }
        }
        return w;
    }
}
