package dev.newsdesk.core.analysis.impact;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The financial vocabulary an {@link ImpactAnalyzer} reads with: metrics and their polarity, words of change, events,
 * negators, contrast words, intensifiers, number scales and sector keywords. Immutable and safe to share.
 *
 * <p>It is written as text, one role per line, so that it reads as data and can be replaced without code:
 * <pre>
 * # comment
 * metric +1: profit, net sales, order intake      a quantity investors want up (-1: want down)
 * state -0.5: loss, net loss                      weight of a metric mentioned with no change
 * rise 1.0: rose, increased, grew                 words of increase; "fall" for decrease
 * rise 1.0 needs-metric: up, higher               ... that count only next to a metric
 * fall 1.3 high: plunged, slumped                 ... that also mean a high magnitude
 * event -1.0 high: bankruptcy, insolvency         events with their signed weight
 * negator: not, no, failed to
 * contrast: but, however                          what follows weighs more
 * concession: although, despite                   the clause it opens weighs less
 * intensity 1.3 high: sharply, record             multiplies nearby cues (below 1 hedges: slightly)
 * scale 1e9: bn, billion                          multiplies the number before it
 * sector chips: nvidia=Nvidia, semiconductor      keywords, optionally naming an asset
 * ignore: set up, up to                           phrases whose words must not be read alone
 * </pre>
 * Terms are matched on whole words after the same tokenising as sentences (lower case, hyphens split, apostrophes
 * dropped); a phrase of up to {@value #MAX_PHRASE} words wins over its single words.
 */
public final class Lexicon {
    /** Longest phrase, in words. */
    static final int MAX_PHRASE = 5;

    private final Map<String, Term> terms;
    private final Set<String> phraseStarts;

    private Lexicon(Map<String, Term> terms, Set<String> phraseStarts) {
        this.terms = Map.copyOf(terms);
        this.phraseStarts = Set.copyOf(phraseStarts);
    }

    /** The built-in English financial lexicon (written for newsdesk; see {@code BuiltInLexicon}). */
    public static Lexicon builtIn() {
        return Holder.BUILT_IN;
    }

    /**
     * Reads a lexicon from its text form (see the class comment).
     *
     * @param source a name for messages, such as a file name
     * @param text   the lexicon text
     * @throws IllegalArgumentException naming the source and line of the first bad line
     */
    public static Lexicon parse(String source, String text) {
        Map<String, Term> terms = new HashMap<>();
        Set<String> starts = new HashSet<>();
        String[] lines = text.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            line = line.strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = source + " line " + (n + 1);
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("lexicon: " + where + " has no ':' in '" + line + "'");
            }
            String[] head = line.substring(0, colon).strip().split("\\s+");
            Role role = Role.of(head, where);
            for (String raw : line.substring(colon + 1).split(",")) {
                String item = raw.strip();
                if (item.isEmpty()) {
                    continue;
                }
                String asset = null;
                int eq = item.indexOf('=');
                if (eq >= 0) {
                    asset = item.substring(eq + 1).strip();
                    item = item.substring(0, eq).strip();
                }
                String key = key(item, where);
                Term old = terms.getOrDefault(key, Term.NONE);
                terms.put(key, role.apply(old, asset));
                int space = key.indexOf(' ');
                if (space > 0) {
                    starts.add(key.substring(0, space));
                }
            }
        }
        return new Lexicon(terms, starts);
    }

    /** How many words and phrases the lexicon knows. */
    public int size() {
        return terms.size();
    }

    Term get(String key) {
        return terms.get(key);
    }

    boolean startsPhrase(String word) {
        return phraseStarts.contains(word);
    }

    /** The term as the tokenizer would see it in a sentence: words joined by one space. */
    private static String key(String item, String where) {
        Tokens t = Tokens.of(item, 200, 50);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < t.size; i++) {
            if (t.kinds[i] != Tokens.WORD) {
                throw new IllegalArgumentException("lexicon: " + where + ": term '" + item
                        + "' must be words only (no numbers or punctuation)");
            }
            if (i > 0) {
                b.append(' ');
            }
            b.append(t.words[i]);
        }
        if (t.size == 0 || t.size > MAX_PHRASE) {
            throw new IllegalArgumentException("lexicon: " + where + ": term '" + item + "' must have 1 to "
                    + MAX_PHRASE + " words");
        }
        return b.toString();
    }

    /** One line's role, applied to each of its terms. */
    private record Role(String kind, double number, Magnitude magnitude, boolean needsMetric, Sector sector) {
        static Role of(String[] head, String where) {
            String kind = head[0].toLowerCase(Locale.ROOT);
            double number = 0;
            Magnitude magnitude = null;
            boolean needs = false;
            Sector sector = null;
            for (int i = 1; i < head.length; i++) {
                String h = head[i].toLowerCase(Locale.ROOT);
                switch (h) {
                    case "high" -> magnitude = Magnitude.HIGH;
                    case "medium" -> magnitude = Magnitude.MEDIUM;
                    case "low" -> magnitude = Magnitude.LOW;
                    case "needs-metric" -> needs = true;
                    default -> {
                        if (kind.equals("sector")) {
                            sector = Sector.fromId(h);
                        } else {
                            try {
                                number = Double.parseDouble(h);
                            } catch (NumberFormatException e) {
                                throw new IllegalArgumentException("lexicon: " + where + ": '" + head[i]
                                        + "' is neither a number nor high/medium/low/needs-metric");
                            }
                        }
                    }
                }
            }
            boolean known = switch (kind) {
                case "metric", "state", "rise", "fall", "event", "negator", "contrast", "concession", "intensity",
                        "scale", "sector", "ignore" -> true;
                default -> false;
            };
            if (!known) {
                throw new IllegalArgumentException("lexicon: " + where + ": unknown kind '" + head[0] + "'");
            }
            if (kind.equals("sector") && sector == null) {
                throw new IllegalArgumentException("lexicon: " + where + ": sector line without a sector name");
            }
            if (kind.equals("metric") && Math.abs(number) != 1) {
                throw new IllegalArgumentException("lexicon: " + where + ": a metric's polarity is +1 or -1, not "
                        + number);
            }
            return new Role(kind, number, magnitude, needs, sector);
        }

        Term apply(Term t, String asset) {
            Term out = switch (kind) {
                case "metric" -> t.withMetric((int) number);
                case "state" -> t.withState(number);
                case "rise" -> t.withChange(1, number == 0 ? 1 : number, needsMetric);
                case "fall" -> t.withChange(-1, number == 0 ? 1 : number, needsMetric);
                case "event" -> t.withEvent(number);
                case "negator" -> t.withNegator();
                case "contrast" -> t.withClause(Term.CONTRAST);
                case "concession" -> t.withClause(Term.CONCESSION);
                case "intensity" -> t.withIntensity(number == 0 ? 1 : number);
                case "scale" -> t.withScale(number);
                case "sector" -> t.withSector(sector, asset);
                default -> t.withIgnore();
            };
            return magnitude != null ? out.withMagnitude(magnitude) : out;
        }
    }

    /** Parsed once, on first use. */
    private static final class Holder {
        static final Lexicon BUILT_IN = parse("built-in lexicon", BuiltInLexicon.TEXT);
    }
}
