package dev.newsdesk.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Synthetic but realistic news for {@link StoryBench}: events of common kinds (earnings, layoffs, deals, rate
 * decisions, quakes, elections, recalls, launches, resignations, storms) about made-up companies, people and places,
 * each carried by 1–6 outlets that reword the headline (synonyms, order, added words, dropped words) and write their
 * own lead of about 40 words. Events of one kind share most words, as real news does; the items come out in
 * publication order over 7 days.
 */
final class StorySynth {
    /** One generated item and the event it reports (the ground truth). */
    record Item(String id, String source, String title, String lead, Instant publishedAt, int event) {
    }

    private static final String[] SYL = {"ar", "bel", "cor", "dan", "ev", "fin", "gal", "hel", "ix", "jor", "kal",
            "lum", "mer", "nov", "or", "pax", "quin", "ros", "sol", "tel", "ul", "ver", "wex", "yor", "zen", "tra",
            "bro", "cla", "dri", "fen"};
    private static final String[] CO_SUFFIX = {"", " Corp", " Group", " Holdings", " Systems", " Motors", " Bank",
            " Energy", " Labs", " Pharma"};
    private static final String[] OUTLETS = {"reuters", "bloomberg", "cnbc", "ap", "bbc", "guardian", "ft", "wsj",
            "nyt", "techcrunch", "verge", "aljazeera", "dw", "france24", "cnn", "marketwatch", "axios", "politico",
            "nikkei", "scmp"};
    private static final String[] FILLER = {"analysts", "investors", "market", "said", "statement", "quarter",
            "expected", "according", "people", "familiar", "matter", "company", "government", "officials", "week",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "earlier", "plans", "months", "year", "growth",
            "pressure", "demand", "outlook", "decision", "spokesperson", "comment", "shares", "trading", "early",
            "late", "record", "region", "industry", "rivals", "costs", "prices", "policy", "data", "report"};

    private final Random r;
    private final Instant start;

    StorySynth(long seed, Instant start) {
        this.r = new Random(seed);
        this.start = start;
    }

    List<Item> generate(int total) {
        List<Item> items = new ArrayList<>(total);
        int event = 0;
        while (items.size() < total) {
            Event e = event(event);
            int outlets = 1 + weightedOutlets();
            List<String> used = new ArrayList<>(List.of(OUTLETS));
            Collections.shuffle(used, r);
            Instant at = start.plusSeconds((long) (r.nextDouble() * Duration.ofDays(7).toSeconds()));
            for (int v = 0; v < outlets && items.size() < total; v++) {
                Instant p = at.plusSeconds(v == 0 ? 0 : (long) (r.nextDouble() * 8 * 3600));
                items.add(new Item("e" + event + "v" + v, used.get(v), v == 0 ? e.title : reword(e),
                        lead(e), p, event));
            }
            event++;
        }
        items.sort(Comparator.comparing(Item::publishedAt));
        return items;
    }

    /** 1–6 outlets, most events carried by few: 1:25%, 2:22%, 3:20%, 4:15%, 5:10%, 6:8% → mean about 3. */
    private int weightedOutlets() {
        double x = r.nextDouble();
        return x < 0.25 ? 0 : x < 0.47 ? 1 : x < 0.67 ? 2 : x < 0.82 ? 3 : x < 0.92 ? 4 : 5;
    }

    private record Event(String title, String[] words, String[] entities) {
    }

    private String name(int parts) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < parts; i++) {
            b.append(SYL[r.nextInt(SYL.length)]);
        }
        return Character.toUpperCase(b.charAt(0)) + b.substring(1);
    }

    private String company() {
        return name(2 + r.nextInt(2)) + CO_SUFFIX[r.nextInt(CO_SUFFIX.length)];
    }

    private String person() {
        return name(2) + " " + name(2 + r.nextInt(2));
    }

    private String place() {
        return name(2 + r.nextInt(2)) + (r.nextInt(4) == 0 ? "ia" : "");
    }

    private int n(int max) {
        return 2 + r.nextInt(max);
    }

    private Event event(int id) {
        String co = company();
        String co2 = company();
        String pl = place();
        String pe = person();
        int kind = r.nextInt(10);
        String t;
        switch (kind) {
            case 0 -> t = co + " profit rises " + n(90) + "% as quarterly sales beat estimates";
            case 1 -> t = co + " to cut " + n(20) + "," + (100 + r.nextInt(900)) + " jobs in " + pl;
            case 2 -> t = co + " to buy " + co2 + " for $" + n(60) + "." + r.nextInt(10) + " billion";
            case 3 -> t = pl + " central bank " + pick("raises", "cuts", "holds") + " interest rates at "
                    + n(9) + "." + r.nextInt(100) + "%";
            case 4 -> t = "Magnitude " + (4 + r.nextInt(5)) + "." + r.nextInt(10) + " earthquake strikes " + pl
                    + ", " + n(200) + " dead";
            case 5 -> t = pe + " wins " + pl + " presidential election with " + (40 + r.nextInt(30)) + "% of vote";
            case 6 -> t = co + " recalls " + n(900) + "," + (100 + r.nextInt(900)) + " vehicles over "
                    + pick("brake", "airbag", "steering", "battery", "software") + " defect";
            case 7 -> t = co + " unveils " + name(2) + " " + n(20) + " AI model to rival " + co2;
            case 8 -> t = pe + " resigns as " + co + " CEO after " + n(12) + " years";
            default -> t = "Storm " + name(2) + " hits " + pl + ", " + n(40) + " killed and thousands without power";
        }
        return new Event(t, t.split(" "), new String[] {co, co2, pl, pe});
    }

    private String pick(String... options) {
        return options[r.nextInt(options.length)];
    }

    /** An outlet's own headline: synonyms swapped, a clause moved, words added or dropped. */
    private String reword(Event e) {
        String t = e.title;
        String[][] syn = {{"rises", "jumps", "climbs", "surges"}, {"to cut", "cuts", "slashes", "will cut"},
                {"jobs", "workers", "staff"}, {"to buy", "agrees to buy", "to acquire", "buys"},
                {"raises", "hikes", "lifts"}, {"cuts", "lowers", "slashes"}, {"holds", "keeps", "leaves"},
                {"strikes", "hits", "rocks", "jolts"}, {"dead", "killed"}, {"killed", "dead"},
                {"wins", "elected in", "claims victory in"}, {"recalls", "is recalling", "to recall"},
                {"unveils", "launches", "debuts", "releases"}, {"resigns as", "steps down as", "quits as"},
                {"earthquake", "quake"}, {"beat estimates", "top forecasts", "beat expectations"},
                {"hits", "batters", "slams"}, {"billion", "bn"}};
        for (String[] s : syn) {
            if (t.contains(s[0]) && r.nextBoolean()) {
                t = t.replace(s[0], s[1 + r.nextInt(s.length - 1)]);
            }
        }
        int comma = t.indexOf(", ");
        if (comma > 0 && r.nextInt(3) == 0) {
            t = t.substring(comma + 2) + " as " + t.substring(0, comma); // "12 dead as quake strikes X"
        }
        switch (r.nextInt(6)) {
            case 0 -> t = "UPDATE " + (1 + r.nextInt(3)) + "-" + t;
            case 1 -> t = t + " - sources";
            case 2 -> t = t + ", report says";
            case 3 -> t = "Breaking: " + t;
            default -> {
            }
        }
        if (r.nextInt(4) == 0) {
            t = t.replace(" with ", " ").replace(" after ", " ");
        }
        return t;
    }

    /** About 40 words: the event's names and numbers in the outlet's own filler. */
    private String lead(Event e) {
        List<String> words = new ArrayList<>();
        for (String w : e.words) {
            if (r.nextInt(3) > 0) {
                words.add(w);
            }
        }
        while (words.size() < 40) {
            words.add(FILLER[r.nextInt(FILLER.length)]);
        }
        Collections.shuffle(words.subList(words.size() / 3, words.size()), r);
        return String.join(" ", words) + ".";
    }
}
