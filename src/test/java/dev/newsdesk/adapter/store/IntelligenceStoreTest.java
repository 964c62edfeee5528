package dev.newsdesk.adapter.store;

import dev.newsdesk.app.StoryStore;
import dev.newsdesk.core.analysis.Analysis;
import dev.newsdesk.core.analysis.impact.Direction;
import dev.newsdesk.core.analysis.impact.ItemImpact;
import dev.newsdesk.core.analysis.impact.Magnitude;
import dev.newsdesk.core.analysis.impact.Sector;
import dev.newsdesk.core.analysis.impact.SentenceImpact;
import dev.newsdesk.core.analysis.summary.Summary;
import dev.newsdesk.core.chat.NewsItem;
import dev.newsdesk.core.item.Item;
import dev.newsdesk.core.source.FetchState;
import dev.newsdesk.core.source.Source;
import dev.newsdesk.core.source.SourceType;
import dev.newsdesk.core.story.Story;
import dev.newsdesk.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Analyses, stories, alert story keys, the chat news reader, and hostile text, on a real SQLite file and on a real
 * PostgreSQL.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class IntelligenceStoreTest {
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Parameter
    TestStores.Kind kind;
    @TempDir
    Path dir;
    private Database db;
    private JdbcSourceStore sources;
    private JdbcItemStore items;
    private JdbcAnalysisStore analyses;
    private JdbcNewsReader news;

    @BeforeEach
    void open() {
        db = Database.open(TestStores.fresh(kind, dir));
        sources = new JdbcSourceStore(db);
        items = new JdbcItemStore(db);
        analyses = new JdbcAnalysisStore(db);
        news = new JdbcNewsReader(db);
        sources.save(new Source("gtw", "Global Tech Wire", "https://gtw.example/feed", SourceType.FEED, null,
                Duration.ofMinutes(10), Source.ADDED_BY_CONFIG, true, true), NOW);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Item item(String id, String title, Instant published) {
        return new Item(id, "gtw", id, null, "https://gtw.example/" + id, title, null, published, published,
                "About " + title, "Body of " + title, List.of("Markets"), null, "h" + id);
    }

    private static Analysis analysis(String itemId, Direction d, List<String> topics) {
        ItemImpact impact = new ItemImpact(d, d == Direction.POSITIVE ? 0.6 : 0, Magnitude.MEDIUM,
                Set.of(Sector.CHIPS), Set.of("NVDA"), "Shares jumped.", SentenceImpact.NONE);
        return new Analysis(itemId, "h" + itemId, new Summary("Nvidia joined a pact.", List.of("It covers chips."),
                List.of("Regulators will review it."), "", Summary.EXTRACTIVE), topics, List.of("Nvidia"), impact, NOW);
    }

    @Test
    void anAnalysisIsStoredReplacedAndReadWithItsTopicsAndBadge() {
        items.store(List.of(item("i1", "Nvidia joins AI pact", NOW)));
        analyses.saveAll(List.of(analysis("i1", Direction.NEUTRAL, List.of("ai-alliances"))), List.of(NOW));
        analyses.saveAll(List.of(analysis("i1", Direction.POSITIVE, List.of("ai-alliances", "chips"))), List.of(NOW));
        Analysis back = analyses.find("i1").orElseThrow();
        assertThat(back.impact().direction()).isEqualTo(Direction.POSITIVE);
        assertThat(back.impact().score()).isEqualTo(0.6);
        assertThat(back.topics()).containsExactly("ai-alliances", "chips");
        assertThat(back.summary().watch()).containsExactly("Regulators will review it.");
        assertThat(new JdbcItemStore(db).withoutAnalysis(NOW.minusSeconds(60), 10)).isEmpty();

        NewsItem read = news.byUrl("https://gtw.example/i1").orElseThrow();
        assertThat(read.sourceName()).isEqualTo("Global Tech Wire");
        assertThat(read.summary()).isEqualTo("Nvidia joined a pact.");
        assertThat(read.impact()).isNotNull();
        assertThat(news.since(NOW.minusSeconds(1), 10)).extracting(NewsItem::id).containsExactly("i1");
        assertThat(news.byIds(List.of("i1", "nope"))).hasSize(1);
        assertThat(news.status().items()).isEqualTo(1);
    }

    @Test
    void storiesAreSavedAndTheirMembersReadBackNewestLast() {
        items.store(List.of(item("i1", "Pact signed", NOW), item("i2", "Pact signed, five nations", NOW)));
        Story s = new Story("s1", "i1", 2, Set.of("gtw"), NOW, NOW.plusSeconds(5));
        JdbcStoryStore stories = new JdbcStoryStore(db);
        stories.save(Map.of("i1", "s1", "i2", "s1"), Map.of("s1", s));
        stories.save(Map.of(), Map.of("s1", s)); // saved again: updated, not duplicated
        List<StoryStore.Member> members = new ArrayList<>();
        stories.forEachMemberSince(NOW.minusSeconds(60), 10, members::add);
        assertThat(members).extracting(StoryStore.Member::storyId).containsExactly("s1", "s1");
        assertThat(new JdbcStoryKeys(db).storyOf(news.byIds(List.of("i2")).get(0), Duration.ofHours(48), NOW))
                .isEqualTo("s1");
    }

    @Test
    void itemsWithoutAStoryShareAnAlertKeyByTitleWithinTheWindow() {
        items.store(List.of(item("i1", "Rates cut", NOW), item("i2", "RATES CUT!", NOW.plusSeconds(600)),
                item("i3", "Rates cut", NOW.plus(Duration.ofDays(3)))));
        JdbcStoryKeys keys = new JdbcStoryKeys(db);
        List<NewsItem> read = news.byIds(List.of("i1", "i2", "i3"));
        NewsItem i1 = read.stream().filter(n -> n.id().equals("i1")).findFirst().orElseThrow();
        NewsItem i2 = read.stream().filter(n -> n.id().equals("i2")).findFirst().orElseThrow();
        NewsItem i3 = read.stream().filter(n -> n.id().equals("i3")).findFirst().orElseThrow();
        assertThat(keys.storyOf(i1, Duration.ofHours(48), NOW)).isEqualTo("i1");
        assertThat(keys.storyOf(i2, Duration.ofHours(48), NOW)).isEqualTo("i1");
        assertThat(keys.storyOf(i3, Duration.ofHours(48), NOW)).isEqualTo("i3");
        assertThat(keys.storyOf(i2, Duration.ofHours(48), NOW)).as("asked again").isEqualTo("i1");
    }

    @Test
    void hostileTextIsStoredOnBothEngines() {
        // NUL characters (PostgreSQL refuses them), an over-long name, validators longer than any real one
        items.store(List.of(item("i1", "Null\u0000byte title", NOW)));
        assertThat(items.find("i1").orElseThrow().title()).isEqualTo("Nullbyte title");
        sources.save(new Source("long", "N".repeat(5000), "https://l.example/feed", SourceType.FEED, null,
                Duration.ofMinutes(10), "telegram:" + "9".repeat(300), true, false), NOW);
        assertThat(sources.find("long").orElseThrow().name()).hasSize(200);
        sources.saveState("long", new FetchState("\"" + "e".repeat(2000) + "\"", "x".repeat(500), NOW, NOW, NOW, 0,
                null, "error with \u0000 in it", null));
        FetchState st = sources.list().stream().filter(s -> s.source().id().equals("long")).findFirst()
                .orElseThrow().state();
        assertThat(st.etag()).isNull();
        assertThat(st.lastModified()).isNull();
        assertThat(st.lastError()).isEqualTo("error with  in it");
    }
}
