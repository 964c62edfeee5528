package dev.newsdesk.core.story;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a title and lead say, reduced to weighted word sets: lower case, no punctuation, no stop words or news
 * filler, light stemming, one spelling for common variants. Numbers (and codes such as "Q3") and names weigh more
 * than other words: two headlines sharing "Nvidia" and "35.1" very likely report one event.
 *
 * @param title     hashes of the title's words, sorted, distinct
 * @param titleW    their weights, aligned with {@code title}
 * @param full      hashes of the title's and the lead's words, sorted, distinct
 * @param fullW     their weights
 * @param numbers   hashes of the title's numbers and codes, sorted, distinct
 * @param names     hashes of the title's names: capitalised words (the first word too, unless it is a known
 *                  common word) and acronyms; sorted, distinct
 * @param direction the title's direction classes ({@link Lexicon#UP} ...), or 0
 * @param hasLead   whether the lead added words of its own
 * @param titleNorm the Euclidean norm of {@code titleW}, kept because every comparison needs it
 * @param fullNorm  the Euclidean norm of {@code fullW}
 */
record TextFeatures(int[] title, float[] titleW, int[] full, float[] fullW, int[] numbers, int[] names,
                    int direction, boolean hasLead, double titleNorm, double fullNorm) {
    /** Only the start of a text is read: enough for any real headline or lead, and hostile input stays cheap. */
    static final int MAX_TITLE_CHARS = 600;
    static final int MAX_LEAD_CHARS = 600;
    private static final int MAX_TOKENS = 80;

    static final float NUMBER_WEIGHT = 2.0f;
    static final float NAME_WEIGHT = 1.5f;
    static final float WORD_WEIGHT = 1.0f;
    static final float DIRECTION_WEIGHT = 0.5f;

    /** "U.S.", "U.K.", "U.N." lose their dots before words are split on punctuation. */
    private static final Pattern DOTTED_ABBREVIATION = Pattern.compile("\\b([A-Z])\\.([A-Z])\\.(?:([A-Z])\\.)?");

    static TextFeatures of(String title, String lead) {
        Map<Integer, Float> t = new HashMap<>();
        Map<Integer, Float> numbers = new HashMap<>();
        Map<Integer, Float> names = new HashMap<>();
        int dir = read(cut(title, MAX_TITLE_CHARS), true, t, numbers, names);
        Map<Integer, Float> f = new HashMap<>(t);
        read(cut(lead, MAX_LEAD_CHARS), false, f, new HashMap<>(), new HashMap<>());
        int[] ti = keys(t);
        int[] fi = keys(f);
        float[] tw = weights(ti, t);
        float[] fw = weights(fi, f);
        return new TextFeatures(ti, tw, fi, fw, keys(numbers), keys(names), dir, fi.length > ti.length, norm(tw),
                norm(fw));
    }

    /** Reads words into {@code into} (hash → weight); returns the direction classes seen. */
    private static int read(String text, boolean isTitle, Map<Integer, Float> into, Map<Integer, Float> numbers,
                            Map<Integer, Float> names) {
        if (text.isEmpty()) {
            return 0;
        }
        String s = text.indexOf('.') < 0 ? text : DOTTED_ABBREVIATION.matcher(text).replaceAll("$1$2$3");
        s = phrases(s);
        boolean titleCase = isTitle && mostlyCapitalised(s);
        boolean shouting = s.equals(s.toUpperCase(Locale.ROOT)); // "BREAKING: ..." has no acronyms
        NameRun run = new NameRun(names);
        int dir = 0;
        int weakDir = 0;
        int count = 0;
        int i = 0;
        int n = s.length();
        boolean first = true;
        while (i < n && count < MAX_TOKENS) {
            char c = s.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            boolean digits = Character.isDigit(c);
            StringBuilder w = new StringBuilder();
            boolean hasDigit = false;
            while (i < n) {
                char d = s.charAt(i);
                if (Character.isLetterOrDigit(d)) {
                    // "35.1bn" splits into the number and its unit; "Q3" and "G7" stay codes
                    if (digits && Character.isLetter(d) && hasDigit && w.length() > 0
                            && Character.isDigit(w.charAt(w.length() - 1))) {
                        break;
                    }
                    hasDigit |= Character.isDigit(d);
                    w.append(d);
                    i++;
                } else if ((d == '.' || d == ',') && hasDigit && i + 1 < n && Character.isDigit(s.charAt(i + 1))
                        && Character.isDigit(s.charAt(i - 1))) {
                    if (d == '.') {
                        w.append('.');
                    }
                    i++; // thousands separators go: "70,000" and "70000" meet
                } else {
                    break;
                }
            }
            String raw = w.toString();
            boolean capitalised = Character.isUpperCase(s.charAt(start));
            boolean acronym = !shouting && raw.length() >= 2 && raw.equals(raw.toUpperCase(Locale.ROOT)) && !hasDigit;
            String lower = raw.toLowerCase(Locale.ROOT);
            boolean wasFirst = first;
            first = false;
            if (acronym && lower.equals("us")) {
                lower = "usa"; // the country, not the pronoun
            }
            if (hasDigit) {
                String num = normaliseNumber(lower);
                add(into, num, NUMBER_WEIGHT);
                count++;
                if (isTitle && !isYear(num)) {
                    add(numbers, num, NUMBER_WEIGHT);
                }
                run.end();
                continue;
            }
            int weak = Lexicon.weakDirection(lower);
            if (weak != 0 && Lexicon.direction(lower) == 0) {
                weakDir |= weak;
                add(into, Lexicon.directionToken(weak), DIRECTION_WEIGHT);
                count++;
                run.end();
                continue;
            }
            int d = Lexicon.direction(lower);
            if (d != 0) {
                dir |= d;
                add(into, Lexicon.directionToken(d), DIRECTION_WEIGHT);
                count++;
                run.end();
                continue;
            }
            String canon = Lexicon.canonical(lower);
            if (canon == null && (lower.length() < 2 || Lexicon.isStop(lower) && !acronym)) {
                run.end();
                continue;
            }
            String term = canon != null ? canon : Lexicon.stem(lower);
            if (canon == null) {
                String c2 = Lexicon.canonical(term);
                term = c2 != null ? c2 : term;
            }
            boolean name = acronym || Lexicon.isNameWord(term) || (capitalised && !wasFirst && !titleCase);
            add(into, term, name ? NAME_WEIGHT : WORD_WEIGHT);
            count++;
            // a capitalised first word may be a name ("Nvidia ...") or not ("Wildfires ..."): only words the lists
            // do not know as common count, and only for the name check, not for weight
            if (isTitle && Lexicon.isNameWord(term)) {
                run.end(); // "bitcoin" stands alone, whatever is capitalised around it
                add(names, term, NAME_WEIGHT);
            } else if (isTitle && (name || (capitalised && wasFirst && !titleCase && !Lexicon.isCommon(term)))) {
                run.name(term);
            } else {
                run.end();
            }
        }
        run.end();
        return (dir & Lexicon.DIRECTIONS) != 0 ? dir : dir | weakDir;
    }

    /**
     * Collects a title's names, keeping only the last word of a run of capitalised words that is not a generic head
     * ("Corp", "Storm", "Bank"): "Donald Trump" and "Trump" meet, "Hurricane Milton" is "Milton" (so "Hurricane
     * Helene" still differs), "Acme Motors" is "Acme" (so "Zenith Motors" differs).
     */
    private static final class NameRun {
        private final Map<Integer, Float> names;
        private String pending;

        NameRun(Map<Integer, Float> names) {
            this.names = names;
        }

        void name(String term) {
            if (!Lexicon.isGenericHead(term)) {
                pending = term;
            }
        }

        void end() {
            if (pending != null) {
                add(names, pending, NAME_WEIGHT);
                pending = null;
            }
        }
    }

    private static String phrases(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        boolean any = false;
        for (String[] p : Lexicon.PHRASES) {
            if (lower.contains(p[0])) {
                any = true;
                break;
            }
        }
        if (!any) {
            return s;
        }
        StringBuilder out = new StringBuilder(s);
        for (String[] p : Lexicon.PHRASES) {
            String low = out.toString().toLowerCase(Locale.ROOT);
            int at = low.indexOf(p[0]);
            // lower-casing keeps the length for the text read here (ASCII phrases), so indexes line up; when it
            // does not (rare letters that change length), the phrase is left alone
            while (at >= 0 && low.length() == out.length()) {
                out.replace(at, at + p[0].length(), p[1]);
                low = out.toString().toLowerCase(Locale.ROOT);
                at = low.indexOf(p[0], at + p[1].length());
            }
        }
        return out.toString();
    }

    /**
     * Headlines in Title Case Capitalise Every Word: capitals then say nothing about names. Title Case is when no
     * word but a stop word starts in lower case.
     */
    private static boolean mostlyCapitalised(String s) {
        int words = 0;
        int i = 0;
        int n = s.length();
        while (i < n) {
            if (!Character.isLetter(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(s.charAt(i))) {
                i++;
            }
            words++;
            if (Character.isLowerCase(s.charAt(start))
                    && !Lexicon.isStop(s.substring(start, i).toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return words >= 4;
    }

    private static String normaliseNumber(String n) {
        int dot = n.indexOf('.');
        if (dot < 0) {
            return n;
        }
        String s = n;
        while (s.endsWith("0")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static boolean isYear(String n) {
        if (n.length() != 4) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (!Character.isDigit(n.charAt(i))) {
                return false;
            }
        }
        int y = Integer.parseInt(n);
        return y >= 1900 && y <= 2100;
    }

    private static void add(Map<Integer, Float> into, String term, float weight) {
        into.merge(hash(term), weight, Math::max);
    }

    /** A well-mixed 32-bit hash of a term (String.hashCode's low bits are too regular for MinHash). */
    static int hash(String term) {
        int h = term.hashCode() * 0x9E3779B1;
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >>> 16);
    }

    private static int[] keys(Map<Integer, Float> m) {
        int[] k = new int[m.size()];
        int i = 0;
        for (Integer key : m.keySet()) {
            k[i++] = key;
        }
        Arrays.sort(k);
        return k;
    }

    private static float[] weights(int[] keys, Map<Integer, Float> m) {
        float[] w = new float[keys.length];
        for (int i = 0; i < keys.length; i++) {
            w[i] = m.get(keys[i]);
        }
        return w;
    }

    private static double norm(float[] w) {
        double s = 0;
        for (float x : w) {
            s += (double) x * x;
        }
        return Math.sqrt(s);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
