package dev.newsdesk.core.story;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The word lists behind {@link TextFeatures}: words that say nothing about which event it is, spellings of one
 * thing that outlets vary between, and the words that give a headline its direction (up, down, unchanged).
 */
final class Lexicon {
    /** Direction classes; a headline saying "raises" and one saying "holds" report different events. */
    static final int UP = 1;
    static final int DOWN = 2;
    static final int FLAT = 4;
    /** Decision classes, compared apart from the directions: "approves" against "vetoes". */
    static final int APPROVE = 8;
    static final int REJECT = 16;
    static final int DIRECTIONS = UP | DOWN | FLAT;
    static final int DECISIONS = APPROVE | REJECT;

    /** Canonical tokens for the direction classes: they still count (a little) as shared words. */
    static final String UP_TOKEN = "^up";
    static final String DOWN_TOKEN = "^down";
    static final String FLAT_TOKEN = "^flat";
    static final String APPROVE_TOKEN = "^approve";
    static final String REJECT_TOKEN = "^reject";

    /**
     * Multi-word names and amounts that outlets write in several ways, replaced (case-insensitively) before words are
     * split: "Federal Reserve" and "Fed", "a quarter point" and "25 basis points".
     */
    static final String[][] PHRASES = {
            {"federal reserve", "Fed"}, {"european central bank", "ECB"}, {"bank of england", "BoE"},
            {"bank of japan", "BOJ"}, {"artificial intelligence", "AI"}, {"united states", "US"},
            {"united kingdom", "UK"}, {"silicon valley bank", "SVB"}, {"white house", "WhiteHouse"},
            {"a quarter point", "0.25"}, {"quarter-point", "0.25"}, {"quarter point", "0.25"},
            {"25 basis points", "0.25"}, {"25 basis point", "0.25"}, {"25bps", "0.25"}, {"25 bps", "0.25"},
            {"a half point", "0.5"}, {"half-point", "0.5"}, {"half point", "0.5"}, {"50 basis points", "0.5"},
            {"50bps", "0.5"}, {"50 bps", "0.5"}, {"all-time high", "record"}, {"new york stock exchange", "NYSE"},
            {"third-quarter", "Q3"}, {"third quarter", "Q3"}, {"second-quarter", "Q2"}, {"second quarter", "Q2"},
            {"first-quarter", "Q1"}, {"first quarter", "Q1"}, {"fourth-quarter", "Q4"}, {"fourth quarter", "Q4"},
    };

    private static final Set<String> STOP = new HashSet<>(Arrays.asList(
            // function words
            "a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "but", "is", "are", "was", "were", "be",
            "been", "being", "with", "at", "by", "from", "as", "that", "this", "these", "those", "it", "its", "it's",
            "into", "onto", "than", "then", "so", "not", "no", "nor", "if", "about", "after", "before", "over",
            "under", "amid", "among", "against", "between", "during", "while", "via", "per", "up", "out", "off",
            "has", "have", "had", "do", "does", "did", "will", "would", "could", "can", "may", "might", "should",
            "must", "shall", "he", "she", "they", "we", "you", "i", "his", "her", "their", "our", "your", "my",
            "him", "them", "us", "who", "whom", "whose", "what", "which", "when", "where", "why", "how", "all",
            "any", "some", "more", "most", "other", "such", "only", "own", "same", "too", "very", "just", "also",
            "now", "there", "here", "s", "t", "d", "ll", "re", "ve", "m", "vs", "v", "amid", "despite", "toward",
            "towards", "across", "around", "through", "since", "until", "still", "yet", "again", "ahead",
            // news filler: every outlet says these about every event
            "say", "says", "said", "saying", "tell", "tells", "told", "report", "reports", "reported", "reportedly",
            "according", "new", "news", "latest", "live", "update", "updates", "updated", "breaking", "exclusive",
            "watch", "video", "videos", "photo", "photos", "analysis", "opinion", "explainer", "read", "today",
            "week", "year", "day", "days", "percent", "pct", "cent", "first", "set", "sets", "plan", "plans",
            "make", "makes", "made", "get", "gets", "got", "take", "takes", "took", "see", "sees", "seen", "one",
            "two", "three", "per", "mr", "mrs", "ms", "official", "officials", "source", "sources", "people",
            "here's", "heres", "what's", "whats", "know", "need", "things", "thing", "way", "ways"));

    /** Canonical spellings that are ordinary words, not names: a headline may start with them. */
    private static final Set<String> COMMON = new HashSet<>(Arrays.asList(
            "bn", "mn", "tn", "k", "kill", "quake", "buy", "launch", "resign", "ceo", "shares", "profit", "revenue",
            "ban", "sue", "election", "win", "strike", "layoff", "crypto"));

    /** Words that head many names: "Acme Motors" and "Zenith Motors" share "Motors" and nothing else. */
    private static final Set<String> GENERIC_HEADS = stemmed(
            "corp", "corporation", "inc", "ltd", "plc", "llc", "ag", "sa", "group", "holding", "holdings", "co",
            "company", "system", "motor", "bank", "energy", "lab", "pharma", "technology", "technologie", "tech",
            "airline", "international", "partner", "capital", "fund", "storm", "hurricane", "typhoon", "cyclone",
            "president", "minister", "prime", "ceo", "king", "queen", "prince", "pope", "senator", "governor", "dr",
            "sir", "lord", "general", "university", "ministry", "department", "agency", "court");

    /** Words that name one thing even when written in lower case: "bitcoin" is not "ether". */
    private static final Set<String> NAME_WORDS = new HashSet<>(Arrays.asList(
            "btc", "ether", "eth", "ethereum", "solana", "xrp", "dogecoin", "mpox", "covid", "ebola",
            "iphone", "ipad", "chatgpt"));

    /** Spellings outlets vary between, mapped to one (after lower-casing and before stemming). */
    private static final Map<String, String> CANON = new HashMap<>();

    private static final Map<String, Integer> DIRECTION = new HashMap<>();

    static {
        canon("bn", "billion", "bln", "b");
        canon("mn", "million", "mln", "mil", "m");
        canon("tn", "trillion", "trn");
        canon("k", "thousand");
        canon("kill", "killed", "kills", "killing", "dead", "death", "deaths", "die", "dies", "died", "dying",
                "fatalities", "fatal", "toll");
        canon("quake", "earthquake", "earthquakes", "quakes", "tremor", "temblor");
        canon("buy", "buys", "bought", "acquire", "acquires", "acquired", "acquisition", "takeover", "purchase",
                "purchases", "purchased", "snaps");
        canon("launch", "launches", "launched", "unveil", "unveils", "unveiled", "debut", "debuts", "debuted",
                "introduce", "introduces", "introduced", "release", "releases", "released", "rolls", "rollout");
        canon("resign", "resigns", "resigned", "resignation", "quit", "quits", "steps", "step");
        canon("ceo", "chief");
        canon("shares", "stock", "stocks", "share");
        canon("profit", "profits", "earnings", "income");
        canon("revenue", "revenues", "sales");
        canon("ban", "bans", "banned", "banning", "bar", "bars", "barred", "prohibit", "prohibits");
        canon("sue", "sues", "sued", "lawsuit", "suit");
        canon("usa", "u.s.", "america", "american", "united_states");
        canon("uk", "britain", "british", "u.k.");
        canon("fed", "federal_reserve");
        canon("ecb", "european_central_bank");
        canon("ai", "artificial_intelligence");
        canon("election", "elections", "vote", "votes", "polls", "ballot");
        canon("win", "wins", "won", "winning", "victory", "beat", "beats", "defeat", "defeats");
        canon("strike", "strikes", "attack", "attacks", "raid", "raids", "airstrike", "airstrikes");
        canon("layoff", "layoffs", "lay", "jobs", "job", "workers", "staff", "employees", "headcount");
        canon("crypto", "cryptocurrency", "cryptocurrencies");
        canon("btc", "bitcoin");
        canon("volkswagen", "vw");
        canon("google", "alphabet");
        // demonyms: "Russian missiles hit Kyiv" and "Russia strikes Kyiv" name the same actor
        canon("russia", "russian", "russians");
        canon("ukraine", "ukrainian", "ukrainians");
        canon("china", "chinese");
        canon("japan", "japanese");
        canon("germany", "german", "germans");
        canon("france", "french");
        canon("israel", "israeli", "israelis");
        canon("iran", "iranian");
        canon("india", "indian");
        canon("turkey", "turkish", "turkiye");
        canon("europe", "european");
        canon("italy", "italian");
        canon("spain", "spanish");
        canon("korea", "korean");
        canon("saudi", "saudis");
        canon("taiwan", "taiwanese");
        canon("mexico", "mexican");
        canon("canada", "canadian");

        direction(UP, "rise", "rises", "rose", "risen", "rising", "jump", "jumps", "jumped", "surge", "surges",
                "surged", "soar", "soars", "soared", "climb", "climbs", "climbed", "gain", "gains", "gained",
                "rally", "rallies", "rallied", "raise", "raises", "raised", "hike", "hikes", "hiked", "higher",
                "increase", "increases", "increased", "boost", "boosts", "boosted", "lifts", "tops",
                "spike", "spikes", "spiked", "rebound", "rebounds");
        direction(DOWN, "fall", "falls", "fell", "fallen", "falling", "drop", "drops", "dropped", "slump",
                "slumps", "slumped", "plunge", "plunges", "plunged", "tumble", "tumbles", "tumbled", "sink", "sinks",
                "sank", "slide", "slides", "slid", "slip", "slips", "slipped", "cut", "cuts", "lower", "lowers",
                "lowered", "down", "decrease", "decreases", "decline", "declines", "declined", "reduce", "reduces",
                "reduced", "slash", "slashes", "slashed", "crash", "crashes", "crashed", "sinking", "dip", "dips",
                "dipped", "shed", "sheds", "lose", "loses", "lost");
        direction(FLAT, "hold", "holds", "held", "holding", "unchanged", "steady", "pause", "pauses", "paused",
                "keep", "keeps", "kept", "maintain", "maintains", "maintained", "leave", "leaves", "flat");
        decisions();
    }

    private static void decisions() {
        direction(APPROVE, "approve", "approves", "approved", "pass", "passes", "passed", "clear", "clears",
                "cleared", "backs", "backed", "endorse", "endorses", "endorsed", "accept", "accepts", "accepted",
                "greenlight", "greenlights", "ratify", "ratifies", "ratified", "confirm", "confirms", "confirmed");
        direction(REJECT, "veto", "vetoes", "vetoed", "reject", "rejects", "rejected", "block", "blocks",
                "blocked", "deny", "denies", "denied", "oppose", "opposes", "opposed", "scrap", "scraps", "scrapped",
                "overturn", "overturns", "overturned");
    }

    /**
     * Levels rather than moves: "record high" says up only when the headline has no verb of direction ("ECB holds
     * rates at record high" is a hold).
     */
    static int weakDirection(String lower) {
        switch (lower) {
            case "high", "highs", "higher", "highest":
                return UP;
            case "low", "lows", "lower", "lowest":
                return DOWN;
            default:
                return 0;
        }
    }

    private Lexicon() {
    }

    private static Set<String> stemmed(String... words) {
        Set<String> s = new HashSet<>();
        for (String w : words) {
            s.add(stem(w));
        }
        return s;
    }

    private static void canon(String to, String... from) {
        CANON.put(to, to);
        for (String f : from) {
            CANON.put(f, to);
        }
    }

    private static void direction(int cls, String... words) {
        for (String w : words) {
            DIRECTION.put(w, cls);
        }
    }

    /** Whether a canonical or stemmed term is a known ordinary word. */
    static boolean isCommon(String term) {
        return COMMON.contains(term) || STOP.contains(term) || CANON.containsKey(term) && !CANON.get(term).equals(term)
                && COMMON.contains(CANON.get(term));
    }

    /** Whether a stemmed term heads many names ("Corp", "Motors", "Storm"): never a name of its own. */
    static boolean isGenericHead(String term) {
        return GENERIC_HEADS.contains(term);
    }

    /** Whether a term names one thing even in lower case. */
    static boolean isNameWord(String term) {
        return NAME_WORDS.contains(term);
    }

    static boolean isStop(String lower) {
        return STOP.contains(lower);
    }

    /** The canonical spelling, or null when the word has none. */
    static String canonical(String lower) {
        return CANON.get(lower);
    }

    /** The direction class of a lower-case word, or 0 when it has none. */
    static int direction(String lower) {
        Integer d = DIRECTION.get(lower);
        return d == null ? 0 : d;
    }

    static String directionToken(int cls) {
        switch (cls) {
            case UP:
                return UP_TOKEN;
            case DOWN:
                return DOWN_TOKEN;
            case FLAT:
                return FLAT_TOKEN;
            case APPROVE:
                return APPROVE_TOKEN;
            default:
                return REJECT_TOKEN;
        }
    }

    /**
     * A light stemmer: plural and verb endings off, so that "recalls", "recalled" and "recall" meet. Not
     * linguistics, only a way to make outlets' wording collide more often; short words stay as they are.
     */
    static String stem(String w) {
        int n = w.length();
        if (n <= 3) {
            return w;
        }
        String s = w;
        if (s.endsWith("ies") && n > 4) {
            s = s.substring(0, n - 3) + "y";
        } else if (s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) {
            s = s.substring(0, n - 1);
        }
        if (s.endsWith("ing") && s.length() >= 7) {
            s = s.substring(0, s.length() - 3);
        } else if (s.endsWith("ed") && s.length() >= 6) {
            s = s.substring(0, s.length() - 2);
        }
        if (s.endsWith("e") && s.length() > 4) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
