package dev.newsdesk.adapter.extract;

/**
 * Chooses between the text found in the page's markup and the JSON-LD articleBody the publisher declares. The
 * markup wins unless it is clearly short of the declared body (a scorer that picked a fragment, or a page that
 * renders its text with script).
 */
final class BodyChoice {

    private BodyChoice() {
    }

    /** The text to keep; {@code fromMarkup} when there is no declared body. Never null. */
    static String choose(String fromMarkup, String declared) {
        if (declared == null || declared.isBlank()) {
            return fromMarkup;
        }
        int dom = letters(fromMarkup);
        int ld = letters(declared);
        if (dom < ld * 0.6) {
            return paragraphs(declared);
        }
        return fromMarkup;
    }

    /** Letters and digits in a text. */
    static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** Declared bodies separate paragraphs with line breaks, if at all: one blank line between paragraphs. */
    static String paragraphs(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (String line : s.split("\\R")) {
            String l = line.strip().replaceAll("[ \\t\\u00a0]+", " ");
            if (!l.isEmpty()) {
                if (sb.length() > 0) {
                    sb.append("\n\n");
                }
                sb.append(l);
            }
        }
        return sb.toString();
    }
}
