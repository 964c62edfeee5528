package dev.newsdesk.app.chat;

import dev.newsdesk.core.chat.ChatInfo;
import dev.newsdesk.core.chat.ChatMessage;
import dev.newsdesk.core.chat.DigestLayout;
import dev.newsdesk.core.chat.Inline;
import dev.newsdesk.core.chat.NewsItem;
import dev.newsdesk.core.chat.QueryError;
import dev.newsdesk.core.chat.Stories;
import dev.newsdesk.core.chat.StoryView;
import dev.newsdesk.core.chat.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Keyword alerts: each newly stored item is matched against every subscription, and a chat gets one alert per story
 * and subscription — never one per outlet. The delivery key is (chat, subscription, story), recorded in the outbox,
 * so alerts survive restarts without repeats.
 */
public final class AlertService {
    private static final Logger log = LoggerFactory.getLogger(AlertService.class);
    private final NewsReader news;
    private final ChatStore chats;
    private final StoryKeys stories;
    private final Outbox outbox;
    private final Map<String, MessageRenderer> renderers;
    private final Matchers matchers;
    private final DeliveryService delivery;
    private final Clock clock;

    /** Which story an item belongs to, until story grouping exists. */
    public interface StoryKeys {
        /**
         * The key of the story {@code item} belongs to: an earlier item's key when one with the same normalised title
         * was seen within {@code within}, else a new key; remembered either way.
         */
        String storyOf(NewsItem item, Duration within, Instant now);
    }

    /**
     * @param renderers one renderer per platform name; chats on other platforms get no alerts
     */
    public AlertService(NewsReader news, ChatStore chats, StoryKeys stories, Outbox outbox,
                        Map<String, MessageRenderer> renderers, QueryLanguage language, DeliveryService delivery,
                        Clock clock) {
        this.news = news;
        this.chats = chats;
        this.stories = stories;
        this.outbox = outbox;
        this.renderers = Map.copyOf(renderers);
        this.matchers = new Matchers(language);
        this.delivery = delivery;
        this.clock = clock;
    }

    /**
     * Matches newly stored items against every subscription and records the alerts due. Call it after items are
     * stored (and, later, enriched). Thread-safe; one bad subscription or chat never stops the others.
     *
     * @return how many alerts were recorded
     */
    public synchronized int onNewItems(List<String> itemIds) {
        if (itemIds.isEmpty()) {
            return 0;
        }
        List<NewsItem> items = new ArrayList<>(news.byIds(itemIds));
        items.sort(Comparator.comparing(NewsItem::published).thenComparing(NewsItem::id));
        List<Subscription> subs = chats.allSubscriptions();
        Instant now = clock.instant();
        int recorded = 0;
        for (NewsItem item : items) {
            String story = stories.storyOf(item, Stories.SAME_STORY, now);
            for (Subscription s : subs) {
                try {
                    recorded += alert(item, story, s, now);
                } catch (RuntimeException e) {
                    log.error("alert: failed chat={} subscription={} item={}", s.chat(), s.id(), item.id(), e);
                }
            }
        }
        if (recorded > 0) {
            log.info("alert: recorded alerts={} items={}", recorded, items.size());
            delivery.wake();
        }
        return recorded;
    }

    private int alert(NewsItem item, String story, Subscription s, Instant now) {
        MessageRenderer renderer = renderers.get(s.chat().platform());
        if (renderer == null) {
            return 0;
        }
        Predicate<NewsItem> p;
        try {
            p = matchers.compile(s.query());
        } catch (QueryError e) {
            return 0;
        }
        if (!p.test(item)) {
            return 0;
        }
        Optional<ChatInfo> chat = chats.find(s.chat());
        if (chat.isEmpty() || !chat.get().active()) {
            return 0;
        }
        ChatMessage msg = message(item, s, chat.get());
        String key = "alert:" + s.chat() + ":" + s.id() + ":" + story;
        return outbox.enqueue(OutboxReplies.parts(key, s.chat(), chat.get().type().shared(), "alert", msg, renderer,
                now), now) > 0 ? 1 : 0;
    }

    private static ChatMessage message(NewsItem item, Subscription s, ChatInfo chat) {
        StoryView v = Stories.view(item);
        ChatMessage.Builder b = ChatMessage.builder()
                .paragraph(Inline.text("🔔 "), Inline.bold("Alert #" + s.id()), Inline.text(" — "),
                        Inline.code(s.query()))
                .paragraph(item.url() == null ? Inline.bold(item.title()) : Inline.link(item.title(), item.url()),
                        Inline.text("\n" + DigestLayout.byline(v, chat.zone(), Duration.ofDays(2))));
        if (!v.summary().isEmpty()) {
            b.paragraph(Inline.text(v.summary()));
        }
        return b.paragraph(Inline.italic("/unsubscribe " + s.id())).build();
    }
}
