package dev.newsdesk.adapter.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;

/**
 * Removes what is never article text before the content is scored: scripts and styles, forms' controls, navigation,
 * asides, footers, hidden elements, comments, and elements whose class or id name page furniture (share bars, related
 * links, cookie banners, newsletters). One iterative pass over the tree.
 */
final class Boilerplate {

    /** Elements dropped with everything inside them. */
    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "iframe", "svg",
            "canvas", "object", "embed", "button", "input", "select", "textarea", "nav", "aside", "footer", "header",
            "dialog", "menu", "link", "meta", "map", "area", "audio", "video", "source", "math");
    /** ARIA roles of page furniture. */
    private static final Set<String> ROLES = Set.of("navigation", "menu", "menubar", "complementary", "banner",
            "contentinfo", "dialog", "alertdialog", "alert", "search", "toolbar");
    /** Never dropped for their class name: the page's frame and explicit article markers. */
    private static final Set<String> KEPT = Set.of("html", "body", "article", "main", "a", "p");

    private Boilerplate() {
    }

    /**
     * Removes boilerplate from the tree in place; {@code byClassName} false keeps elements whose only fault is a
     * furniture-like class or id (the lenient second pass for pages where that filter removed the article).
     */
    static void strip(Element root, boolean byClassName) {
        List<Node> doomed = new ArrayList<>();
        root.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Comment) {
                    doomed.add(node);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof Element e && drop(e, byClassName)) {
                    doomed.add(node);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        });
        // removed after the walk: removing while filtering would shift the walk's siblings
        for (Node n : doomed) {
            n.remove();
        }
    }

    private static boolean drop(Element e, boolean byClassName) {
        String name = e.normalName();
        if (DROPPED.contains(name)) {
            return true;
        }
        if (e.hasAttr("hidden") || hiddenStyle(e.attr("style"))) {
            return true;
        }
        String role = e.attr("role");
        if (!role.isEmpty() && ROLES.contains(role.toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (KEPT.contains(name) || e.hasAttr("itemprop") && e.attr("itemprop").contains("articleBody")) {
            return false;
        }
        return byClassName && Hints.unlikely(e) && !insideTableOrCode(e);
    }

    private static boolean hiddenStyle(String style) {
        if (style.isEmpty() || style.length() > 2000) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    private static boolean insideTableOrCode(Element e) {
        int depth = 0;
        for (Element p = e.parent(); p != null && depth < 8; p = p.parent(), depth++) {
            String n = p.normalName();
            if (n.equals("table") || n.equals("code") || n.equals("pre")) {
                return true;
            }
        }
        return false;
    }
}
