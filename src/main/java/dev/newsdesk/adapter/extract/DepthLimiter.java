package dev.newsdesk.adapter.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Flattens markup nested deeper than any real page into plain text, so that nothing later has to walk (or remove
 * under) chains of a million ancestors. Real articles sit a few dozen levels deep.
 */
final class DepthLimiter {

    /** Elements at this depth keep their text but lose their inner structure. */
    static final int MAX_DEPTH = 256;

    private DepthLimiter() {
    }

    /** Replaces every element at {@link #MAX_DEPTH} by a text node of its text. */
    static void flatten(Element root) {
        List<Element> deep = new ArrayList<>();
        root.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (depth >= MAX_DEPTH && node instanceof Element e) {
                    deep.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        });
        for (Element e : deep) {
            e.replaceWith(new TextNode(" " + e.text() + " "));
        }
    }
}
