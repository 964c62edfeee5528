package dev.newsdesk.adapter.feed;

/** Tidies author strings as feeds write them: {@code jo@x.org (Jo Smith)} and {@code Jo Smith <jo@x.org>} → Jo Smith. */
final class Authors {

    private Authors() {
    }

    /** The person's name where one is given, else the text as is (an e-mail address alone stays); null if blank. */
    static String clean(String raw) {
        String s = HtmlText.line(raw);
        if (s == null) {
            return null;
        }
        int open = s.indexOf('(');
        int close = s.lastIndexOf(')');
        if (open > 0 && close > open) {
            String outside = s.substring(0, open).trim();
            String inside = s.substring(open + 1, close).trim();
            if (outside.contains("@") && !inside.isEmpty()) {
                return inside;
            }
            if (inside.contains("@") && !outside.isEmpty()) {
                return outside;
            }
        }
        int lt = s.indexOf('<');
        int gt = s.lastIndexOf('>');
        if (lt > 0 && gt > lt && s.substring(lt, gt).contains("@")) {
            return s.substring(0, lt).trim().replaceAll("^\"|\"$", "");
        }
        if (s.startsWith("mailto:")) {
            return s.substring(7);
        }
        return s;
    }
}
