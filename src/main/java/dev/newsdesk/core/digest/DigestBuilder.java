package dev.newsdesk.core.digest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds a digest from the stories of a window: ranks them ({@link StoryRanker}), fills each topic section with its
 * best stories not shown yet (so no story appears twice), adds the watch-list hits left over, and notes which stories
 * the chat has seen. A scheduled digest leaves out stories the chat already got unchanged, so daily digests never
 * repeat themselves.
 */
public final class DigestBuilder {
    /** Stories per topic section. */
    public static final int PER_SECTION = 8;
    /** Stories in a digest without topics. */
    public static final int TOP = 10;
    /** Watch-list hits shown outside the topic sections. */
    public static final int WATCH_EXTRA = 5;
    /** Feeds' clocks run a little ahead of ours: a story "published" this far in the future still counts. */
    static final java.time.Duration FUTURE_SLACK = java.time.Duration.ofMinutes(10);
    /** The topic id of the watch-list section. */
    public static final String WATCHLIST = "watchlist";

    private DigestBuilder() {
    }

    private record Ranked(DigestStory story, double score, boolean[] inTopic, List<String> terms) {
    }

    /** The digest of {@code stories} (any order; those outside the window are skipped) for {@code r}. */
    public static Digest build(Collection<DigestStory> stories, DigestRequest r) {
        StoryRanker ranker = new StoryRanker(r.now(), r.window());
        List<DigestRequest.Topic> topics = r.topics();
        List<Ranked> pool = new ArrayList<>();
        int leftOut = 0;
        for (DigestStory s : stories) {
            if (s.updated().isBefore(r.since()) || s.published().isAfter(r.now().plus(FUTURE_SLACK))) {
                continue; // outside the window (a digest "as of" a past time leaves out what came after)
            }
            boolean[] in = new boolean[topics.size()];
            int fits = 0;
            for (int t = 0; t < in.length; t++) {
                in[t] = topics.get(t).matches().test(s);
                fits += in[t] ? 1 : 0;
            }
            List<String> terms = new ArrayList<>(0);
            for (DigestRequest.Term term : r.watch()) {
                if (term.matches().test(s)) {
                    terms.add(term.term());
                }
            }
            if (!topics.isEmpty() && fits == 0 && terms.isEmpty()) {
                continue;
            }
            if (r.scheduled() && s.version().equals(r.seen().get(s.key()))) {
                leftOut++;
                continue;
            }
            double fit = topics.isEmpty() ? 1 : (double) fits / topics.size();
            pool.add(new Ranked(s, ranker.score(s, terms.size(), fit), in, terms));
        }
        List<Ranked> shortlist = shortlist(pool, topics);

        List<Digest.Section> sections = new ArrayList<>();
        Set<String> used = new HashSet<>();
        int candidates = 0;
        if (topics.isEmpty()) {
            candidates = pool.size();
            sections.add(section("", shortlist, TOP, used, x -> true, r));
        } else {
            for (int t = 0; t < topics.size(); t++) {
                int topic = t;
                candidates += (int) pool.stream().filter(x -> x.inTopic()[topic]).count();
                sections.add(section(topics.get(t).name(), shortlist, PER_SECTION, used, x -> x.inTopic()[topic], r));
            }
        }
        if (topics.stream().noneMatch(t -> t.id().equals(WATCHLIST))) {
            sections.add(section("Watch-list", shortlist, WATCH_EXTRA, used, x -> !x.terms().isEmpty(), r));
        }

        // each term with the numbers of the stories hitting it
        List<Digest.WatchHit> hits = new ArrayList<>();
        List<Digest.Entry> numbered = new ArrayList<>();
        sections.forEach(s -> numbered.addAll(s.entries()));
        java.util.Map<String, Ranked> byKey = new java.util.HashMap<>();
        pool.forEach(x -> byKey.put(x.story().key(), x));
        for (DigestRequest.Term term : r.watch()) {
            List<Integer> nums = new ArrayList<>();
            for (int i = 0; i < numbered.size(); i++) {
                if (byKey.get(numbered.get(i).key()).terms().contains(term.term())) {
                    nums.add(i + 1);
                }
            }
            if (!nums.isEmpty()) {
                hits.add(new Digest.WatchHit(term.term(), nums));
            }
        }
        return new Digest(r.label(), r.window(), sections.stream().filter(s -> !s.entries().isEmpty()).toList(),
                hits, leftOut, candidates);
    }

    /**
     * The same digest with each story marked seen when the chat got it, unchanged, in a scheduled digest: an
     * on-demand digest's stories are the same for every chat with the same topics and watch-list, only the marks
     * differ, so one selection serves them all.
     */
    public static Digest markSeen(Digest d, java.util.Map<String, String> seen) {
        if (seen.isEmpty()) {
            return d;
        }
        List<Digest.Section> sections = new ArrayList<>();
        for (Digest.Section s : d.sections()) {
            sections.add(new Digest.Section(s.title(), s.entries().stream().map(e -> new Digest.Entry(e.view(),
                    e.key(), e.version(), e.version().equals(seen.get(e.key())))).toList()));
        }
        return new Digest(d.label(), d.window(), sections, d.watchHits(), d.leftOut(), d.candidates());
    }

    /** Best first; ties by the newest, then by key, so equal inputs give equal digests. */
    private static final Comparator<Ranked> BEST = Comparator.comparingDouble((Ranked x) -> -x.score())
            .thenComparing(x -> x.story().updated(), Comparator.reverseOrder())
            .thenComparing(x -> x.story().key());

    /**
     * The stories any section can show, best first, without sorting the whole window: each section takes its best
     * stories not shown by an earlier one, so its best {@code (all sections' sizes)} are enough.
     */
    private static List<Ranked> shortlist(List<Ranked> pool, List<DigestRequest.Topic> topics) {
        int need = (topics.isEmpty() ? TOP : PER_SECTION * topics.size()) + WATCH_EXTRA;
        int sections = Math.max(1, topics.size()) + 1;
        List<java.util.PriorityQueue<Ranked>> heaps = new ArrayList<>();
        for (int i = 0; i < sections; i++) {
            heaps.add(new java.util.PriorityQueue<>(BEST.reversed())); // the worst kept at the head
        }
        for (Ranked x : pool) {
            for (int t = 0; t < sections - 1; t++) {
                if (topics.isEmpty() || x.inTopic()[t]) {
                    offer(heaps.get(t), x, need);
                }
            }
            if (!x.terms().isEmpty()) {
                offer(heaps.get(sections - 1), x, need);
            }
        }
        Set<Ranked> union = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        heaps.forEach(union::addAll);
        List<Ranked> out = new ArrayList<>(union);
        out.sort(BEST);
        return out;
    }

    private static void offer(java.util.PriorityQueue<Ranked> heap, Ranked x, int max) {
        if (heap.size() < max) {
            heap.add(x);
        } else if (BEST.compare(x, heap.peek()) < 0) {
            heap.poll();
            heap.add(x);
        }
    }

    private static Digest.Section section(String title, List<Ranked> pool, int max, Set<String> used,
                                          java.util.function.Predicate<Ranked> belongs, DigestRequest r) {
        List<Digest.Entry> entries = new ArrayList<>();
        for (Ranked x : pool) {
            if (entries.size() >= max) {
                break;
            }
            DigestStory s = x.story();
            if (belongs.test(x) && used.add(s.key())) {
                boolean seen = s.version().equals(r.seen().get(s.key()));
                entries.add(new Digest.Entry(s.view(), s.key(), s.version(), seen));
            }
        }
        return new Digest.Section(title, entries);
    }
}
