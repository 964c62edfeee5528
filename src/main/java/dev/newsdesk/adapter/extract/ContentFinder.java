package dev.newsdesk.adapter.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Finds the element that holds the article, readability-style: every paragraph scores by its length and commas, the
 * score flows to its parent (in full), grandparent (half) and a few more ancestors (less), each candidate is weighed
 * by its tag and class/id hints and discounted by its link density; the best candidate wins, moved up when its
 * close rivals share an ancestor with it, and its qualifying siblings join it.
 */
final class ContentFinder {

    private static final int MIN_PARAGRAPH = 25;
    private static final int ANCESTORS = 5;

    private ContentFinder() {
    }

    /** The chosen content: the elements to render, in document order; empty when the page has no paragraphs. */
    static List<Element> find(Element body) {
        NodeStats stats = NodeStats.of(body);
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element e : body.getAllElements()) {
            NodeStats.Stat s = stats.get(e);
            boolean paragraph = isParagraph(e, s);
            int len = paragraph ? s.text : s.inline;
            if (len < MIN_PARAGRAPH) {
                continue;
            }
            double score = 1 + s.commas + Math.min(len / 100, 3);
            if (!paragraph && e != body) {
                // a block's own loose text (text beside its child blocks) counts for the block itself
                scores.merge(e, score + initial(e), Double::sum);
            }
            int level = 0;
            // nothing above the body competes: html and the document hold the head's text too
            for (Element a = e == body ? null : e.parent(); a != null && level < ANCESTORS; a = a.parent(), level++) {
                double share = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                if (!scores.containsKey(a)) {
                    scores.put(a, (double) initial(a));
                }
                scores.merge(a, score / share, Double::sum);
                if (a == body) {
                    break;
                }
            }
        }
        if (scores.isEmpty()) {
            return List.of();
        }
        List<Map.Entry<Element, Double>> ranked = new ArrayList<>();
        for (Map.Entry<Element, Double> en : scores.entrySet()) {
            en.setValue(en.getValue() * (1 - stats.get(en.getKey()).linkDensity()));
            ranked.add(en);
        }
        ranked.sort(Map.Entry.<Element, Double>comparingByValue(Comparator.reverseOrder()));
        Element top = ranked.get(0).getKey();
        top = promote(top, ranked, scores);
        top = climb(top, scores);
        return withSiblings(top, scores, stats);
    }

    /** p, pre, td and blocks without child blocks: text units whose score flows up. */
    private static boolean isParagraph(Element e, NodeStats.Stat s) {
        return switch (e.normalName()) {
            case "p", "pre", "td" -> true;
            case "div", "section", "article", "blockquote", "li", "span", "font", "center", "dd" -> !s.hasBlockChild;
            default -> false;
        };
    }

    private static int initial(Element e) {
        if (e.normalName().equals("body")) {
            return 0; // its class names describe the whole page, not the article
        }
        int base = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (e.normalName().equals("article") || e.attr("itemprop").contains("articleBody")) {
            base += 15;
        }
        return base + Hints.weight(e);
    }

    /** When three of the close rivals sit under one ancestor of the winner, that ancestor holds the article. */
    private static Element promote(Element top, List<Map.Entry<Element, Double>> ranked, Map<Element, Double> scores) {
        double best = ranked.get(0).getValue();
        List<Element> rivals = new ArrayList<>();
        for (int i = 1; i < Math.min(5, ranked.size()); i++) {
            if (ranked.get(i).getValue() / best >= 0.75) {
                rivals.add(ranked.get(i).getKey());
            }
        }
        if (rivals.size() < 3) {
            return top;
        }
        int depth = 0;
        for (Element a = top.parent(); a != null && !a.normalName().equals("body") && depth < 30;
                a = a.parent(), depth++) {
            int inside = 0;
            for (Element r : rivals) {
                if (isAncestor(a, r)) {
                    inside++;
                }
            }
            if (inside >= 3) {
                return a;
            }
        }
        return top;
    }

    /** Moves up to a parent that scores better, or over a parent that holds the winner alone. */
    private static Element climb(Element top, Map<Element, Double> scores) {
        double last = scores.getOrDefault(top, 0.0);
        double threshold = last / 3;
        int depth = 0;
        for (Element p = top.parent(); p != null && !p.normalName().equals("body") && depth < 30;
                p = p.parent(), depth++) {
            Double ps = scores.get(p);
            if (ps == null) {
                continue;
            }
            if (ps < threshold) {
                break;
            }
            if (ps > last) {
                top = p;
                break;
            }
            last = ps;
        }
        int guard = 0;
        while (top.parent() != null && !top.parent().normalName().equals("body") && top.parent().childrenSize() == 1
                && guard++ < 30) {
            top = top.parent();
        }
        return top;
    }

    private static boolean isAncestor(Element a, Element e) {
        int depth = 0;
        for (Element p = e.parent(); p != null && depth < 60; p = p.parent(), depth++) {
            if (p == a) {
                return true;
            }
        }
        return false;
    }

    /** The winner and those of its siblings that score near it or read as article paragraphs. */
    private static List<Element> withSiblings(Element top, Map<Element, Double> scores, NodeStats stats) {
        Element parent = top.parent();
        if (parent == null || top.normalName().equals("body")) {
            return List.of(top);
        }
        double topScore = scores.getOrDefault(top, 0.0);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element s : parent.children()) {
            if (s == top) {
                out.add(s);
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(s.className()) ? topScore * 0.2 : 0;
            Double ss = scores.get(s);
            if (ss != null && ss + bonus >= threshold) {
                out.add(s);
                continue;
            }
            if (s.normalName().equals("p")) {
                NodeStats.Stat st = stats.get(s);
                double ld = st.linkDensity();
                String text = s.text();
                if (st.text > 80 && ld < 0.25 || st.text > 0 && st.text <= 80 && ld == 0 && text.matches(".*\\.( |$).*")) {
                    out.add(s);
                }
            }
        }
        return out;
    }
}
