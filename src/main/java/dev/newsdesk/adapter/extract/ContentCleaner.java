package dev.newsdesk.adapter.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Prunes the chosen content, readability's "clean conditionally": inside the article, lists, tables, divs and
 * sections that read as link lists, image galleries, forms or furniture are removed, as are headings that repeat the
 * title or carry a boilerplate class. Inner elements are judged first and their removal is reflected in the measures
 * of their ancestors.
 */
final class ContentCleaner {

    private static final java.util.regex.Pattern CAPTION = java.util.regex.Pattern.compile(
            "caption|credit|dateline|timestamp", java.util.regex.Pattern.CASE_INSENSITIVE);

    private ContentCleaner() {
    }

    /** Cleans the content element in place; the title (may be null) identifies a repeated headline. */
    static void clean(Element content, String title) {
        NodeStats stats = NodeStats.of(content);
        List<Element> all = new ArrayList<>(content.getAllElements());
        String normalTitle = title == null ? null : normal(title);
        // reverse document order: children before their parents
        for (int i = all.size() - 1; i >= 1; i--) {
            Element e = all.get(i);
            // no attachment check needed: a removed element's descendants come after it and were judged already
            if (e.parent() == null) {
                continue;
            }
            // the chosen parts themselves stay: the scorer already judged them as a whole
            if (e.parent() != content && shouldRemove(e, stats.get(e), normalTitle)) {
                Element parent = e.parent();
                e.remove();
                stats.subtract(e, parent, content);
            }
        }
    }

    private static boolean shouldRemove(Element e, NodeStats.Stat s, String title) {
        String name = e.normalName();
        if (s.text < 400 && s.paragraphs <= 1 && CAPTION.matcher(Hints.classAndId(e)).find()) {
            return true; // photo captions and credits, whatever element carries them
        }
        switch (name) {
            case "h1", "figcaption" -> {
                return true; // the headline is not the body; captions describe pictures, not the story
            }
            case "h2", "h3", "h4", "h5", "h6" -> {
                return Hints.weight(e) < 0 || title != null && normal(e.text()).equals(title);
            }
            case "ul", "ol", "table", "div", "section", "form", "fieldset", "figure", "dl" -> {
                return conditional(e, name, s);
            }
            case "p" -> {
                // a paragraph that is only a link ("Read more: ...", "Sign up") is a teaser for another page
                return s.text > 0 && s.linkDensity() > 0.9 && s.text < 200 && e.parent() != null
                        && !e.parent().normalName().equals("li");
            }
            default -> {
                return false;
            }
        }
    }

    private static boolean conditional(Element e, String name, NodeStats.Stat s) {
        int weight = Hints.weight(e);
        // a furniture-like class loses only when there is little article-like text to outweigh it
        double substance = s.paragraphs * 3 + s.commas + s.text / 100.0;
        if (weight < 0 && weight + substance < 0) {
            return true;
        }
        if (s.commas >= 10) {
            return false;
        }
        boolean list = name.equals("ul") || name.equals("ol") || name.equals("dl");
        double ld = s.linkDensity();
        if (s.text == 0) {
            return true; // nothing to read in it
        }
        if (s.images > 1 && (double) s.paragraphs / s.images < 0.5 && s.text < 200) {
            return true;
        }
        if (!list && s.items > s.paragraphs + 5 && name.equals("div")) {
            return ld > 0.3;
        }
        if (!list && s.text < 25 && (s.images == 0 || s.images > 2)) {
            return true;
        }
        if (weight < 25 && ld > 0.2) {
            return !list || ld > 0.5;
        }
        return weight >= 25 && ld > 0.5;
    }

    private static String normal(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
