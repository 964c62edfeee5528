package dev.newsdesk.core.story;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoryGrouperTest {
    private static final Instant T0 = Instant.parse("2024-06-03T08:00:00Z");
    private static final Clock CLOCK = Clock.fixed(T0.plus(Duration.ofDays(30)), ZoneOffset.UTC);

    private final StoryGrouper grouper = new StoryGrouper(StorySettings.DEFAULTS, CLOCK);

    private static StoryCandidate item(String id, String source, String title, String lead, Duration after) {
        return new StoryCandidate(id, source, title, lead, T0.plus(after));
    }

    @Test
    void sameEventFromThreeOutletsIsOneStoryWithEverySource() {
        StoryAssignment reuters = grouper.add(item("r1", "reuters",
                "Nvidia third-quarter revenue jumps 94% to $35.1 billion on AI chip demand",
                "Nvidia Corp reported third-quarter revenue of $35.1 billion on Wednesday, beating estimates.",
                Duration.ZERO));
        StoryAssignment cnbc = grouper.add(item("c1", "cnbc",
                "Nvidia Q3 revenue beats estimates at $35.1bn as data center sales soar",
                "The chipmaker said data center revenue reached $30.8 billion in the quarter.", Duration.ofMinutes(20)));
        StoryAssignment bbg = grouper.add(item("b1", "bloomberg",
                "Nvidia Revenue Tops Estimates at $35.1 Billion on AI Boom", "", Duration.ofHours(2)));

        assertThat(reuters.newStory()).isTrue();
        assertThat(reuters.storyId()).isEqualTo("r1");
        assertThat(cnbc.newStory()).isFalse();
        assertThat(cnbc.storyId()).isEqualTo("r1");
        assertThat(cnbc.matchedItem()).contains("r1");
        assertThat(bbg.storyId()).isEqualTo("r1");
        Story story = bbg.story();
        assertThat(story.sourceIds()).containsExactly("reuters", "cnbc", "bloomberg");
        assertThat(story.otherSourceIds()).containsExactly("cnbc", "bloomberg");
        assertThat(story.itemCount()).isEqualTo(3);
        assertThat(story.representativeItemId()).isEqualTo("r1");
        assertThat(story.firstSeen()).isEqualTo(T0);
        assertThat(story.lastUpdated()).isEqualTo(T0.plus(Duration.ofHours(2)));
        assertThat(grouper.story("r1")).contains(story);
    }

    @Test
    void differentEventsSharingWordsStayApart() {
        String[][] titles = {
                {"Fed raises interest rates by 0.25 percentage point", "Fed holds interest rates steady"},
                {"Nvidia Q3 revenue jumps to $35.1 billion", "Nvidia Q2 revenue jumps to $30 billion"},
                {"Hurricane Milton makes landfall in Florida", "Hurricane Helene makes landfall in Florida"},
                {"Nvidia market value hits $3 trillion", "Microsoft market value hits $3 trillion"},
                {"Bitcoin tops $70,000 as ETF inflows surge", "Bitcoin falls below $60,000 as ETF outflows mount"},
                {"UN Security Council approves Gaza ceasefire resolution",
                        "US vetoes UN Security Council Gaza ceasefire resolution"},
        };
        int n = 0;
        for (String[] pair : titles) {
            StoryAssignment a = grouper.add(item("a" + n, "outlet-a", pair[0], "", Duration.ofMinutes(n)));
            StoryAssignment b = grouper.add(item("b" + n, "outlet-b", pair[1], "", Duration.ofMinutes(n + 1)));
            assertThat(b.storyId()).as(pair[1]).isNotEqualTo(a.storyId());
            n += 2;
        }
    }

    @Test
    void anItemFiveDaysLaterStartsANewStory() {
        String title = "Magnitude 7.5 earthquake strikes Japan's Noto peninsula, tsunami warning issued";
        StoryAssignment first = grouper.add(item("j1", "nhk", title, "", Duration.ZERO));
        StoryAssignment later = grouper.add(item("j2", "bbc", title, "", Duration.ofDays(5)));
        assertThat(later.newStory()).isTrue();
        assertThat(later.storyId()).isEqualTo("j2").isNotEqualTo(first.storyId());
        // and the old story has left the index
        assertThat(grouper.story("j1")).isEmpty();
        assertThat(grouper.indexedItems()).isEqualTo(1);
    }

    @Test
    void withinTheWindowTheStoryStillGrows() {
        String title = "Boeing CEO Dave Calhoun to step down at end of year";
        grouper.add(item("x1", "reuters", title, "", Duration.ZERO));
        StoryAssignment next = grouper.add(item("x2", "ap", "Boeing CEO Calhoun to step down as safety crisis deepens",
                "", Duration.ofHours(60)));
        assertThat(next.storyId()).isEqualTo("x1");
    }

    @Test
    void theRepresentativeIsTheFirstItemEvenWhenALaterOneIsOlder() {
        grouper.add(item("late-feed", "guardian", "Tesla recalls 2 million vehicles over Autopilot safety concerns",
                "", Duration.ofHours(3)));
        StoryAssignment older = grouper.add(item("early", "reuters",
                "Tesla recalls more than 2 million vehicles in US over Autopilot", "", Duration.ZERO));
        assertThat(older.storyId()).isEqualTo("late-feed");
        assertThat(older.story().representativeItemId()).isEqualTo("late-feed");
        assertThat(older.story().firstSeen()).isEqualTo(T0);
    }

    @Test
    void sameOutletNeedsACloserMatchThanAnotherOutlet() {
        // one outlet's two headlines on one theme are two stories; a rewording of one headline is an update
        grouper.add(item("s1", "cnbc", "Apple shares rise after iPhone sales beat estimates", "", Duration.ZERO));
        StoryAssignment theme = grouper.add(item("s2", "cnbc", "Apple shares rise after services revenue record",
                "", Duration.ofHours(1)));
        StoryAssignment update = grouper.add(item("s3", "cnbc", "UPDATE 1-Apple shares rise after iPhone sales beat estimates",
                "", Duration.ofHours(2)));
        assertThat(theme.newStory()).isTrue();
        assertThat(update.storyId()).isEqualTo("s1");
    }

    @Test
    void addingTheSameItemTwiceChangesNothing() {
        StoryCandidate c = item("d1", "ap", "SpaceX Starship explodes minutes after launch", "", Duration.ZERO);
        grouper.add(c);
        StoryAssignment again = grouper.add(c);
        assertThat(again.newStory()).isFalse();
        assertThat(again.story().itemCount()).isEqualTo(1);
    }

    @Test
    void restoreAfterRestartGivesTheSameAssignments() {
        List<StoryCandidate> stored = new ArrayList<>();
        List<String> storyIds = new ArrayList<>();
        String[] titles = {
                "Microsoft to acquire Activision Blizzard for $68.7 billion",
                "Microsoft agrees to buy Activision in $68.7bn gaming deal",
                "Pfizer to buy Seagen for $43 billion",
                "Pfizer strikes $43bn deal for cancer drug maker Seagen",
                "Gold hits record high above $2,400 an ounce",
        };
        for (int i = 0; i < titles.length; i++) {
            StoryCandidate c = item("i" + i, "src" + i, titles[i], "", Duration.ofMinutes(10 * i));
            stored.add(c);
            storyIds.add(grouper.add(c).storyId());
        }
        StoryGrouper restarted = new StoryGrouper(StorySettings.DEFAULTS, CLOCK);
        for (int i = 0; i < stored.size(); i++) {
            restarted.addExisting(stored.get(i), storyIds.get(i));
        }
        StoryCandidate next = item("n", "cnbc", "Gold prices climb to all-time high over $2,400", "",
                Duration.ofHours(2));
        StoryCandidate other = item("o", "cnbc", "Pfizer agrees $43 billion Seagen takeover", "", Duration.ofHours(3));
        assertThat(restarted.add(next).storyId()).isEqualTo(grouper.add(next).storyId()).isEqualTo("i4");
        assertThat(restarted.add(other).storyId()).isEqualTo(grouper.add(other).storyId()).isEqualTo("i2");
        assertThat(restarted.story("i0")).isEqualTo(grouper.story("i0"));
    }

    @Test
    void restoringUnknownStoryIdKeepsThatId() {
        StoryAssignment a = grouper.addExisting(item("second", "ap", "Gold hits record high", "", Duration.ZERO),
                "first-item-no-longer-stored");
        assertThat(a.storyId()).isEqualTo("first-item-no-longer-stored");
        assertThat(a.story().representativeItemId()).isEqualTo("first-item-no-longer-stored");
    }

    @Test
    void hostileInputIsHandled() {
        String huge = "Breaking ".repeat(12_000) + "news";
        assertThat(huge.length()).isGreaterThan(100_000);
        assertThat(grouper.add(item("h1", "x", huge, huge, Duration.ZERO)).newStory()).isTrue();
        assertThat(grouper.add(item("h2", "x", huge, huge, Duration.ofMinutes(1))).storyId()).isEqualTo("h1");
        assertThat(grouper.add(item("e1", "x", "", "", Duration.ZERO)).newStory()).isTrue();
        assertThat(grouper.add(item("e2", "y", "", "", Duration.ZERO)).newStory())
                .as("two empty items have nothing in common").isTrue();
        assertThat(grouper.add(item("p1", "x", "!!! ??? ... — – «»", null, Duration.ZERO)).newStory()).isTrue();
        assertThat(grouper.add(new StoryCandidate("u1", "x", "\uD800\uDC00 \u0000 \uFFFF 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 İstanbul ǅ",
                "1,2,3.4.5 ,,, ..", T0)).story()).isNotNull();
        assertThat(grouper.add(new StoryCandidate("far", "x", "A date from the far future", "", Instant.MAX))
                .story().firstSeen()).isEqualTo(CLOCK.instant());
        assertThat(grouper.add(new StoryCandidate("old", "x", "A date from long ago", "", Instant.MIN))
                .newStory()).isTrue();
        assertThatThrownBy(() -> new StoryCandidate(null, "x", "", "", T0)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void oneHeadlineRepeatedAllDayStaysFastAndOneStory() {
        long start = System.nanoTime();
        for (int i = 0; i < 20_000; i++) {
            StoryAssignment a = grouper.add(item("r" + i, "s" + (i % 7), "Markets wrap: stocks mixed", "",
                    Duration.ofSeconds(i)));
            assertThat(a.storyId()).isEqualTo("r0");
        }
        // a generous bound: an O(n) walk per add would take minutes here
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void settingsAreValidated() {
        assertThatThrownBy(() -> StorySettings.DEFAULTS.withWindow(Duration.ZERO))
                .hasMessageContaining("window");
        assertThatThrownBy(() -> StorySettings.DEFAULTS.withThresholds(0, 0.5)).hasMessageContaining("threshold");
        assertThatThrownBy(() -> StorySettings.DEFAULTS.withThresholds(0.5, 1.5))
                .hasMessageContaining("sameSourceThreshold");
    }
}
