package dev.newsdesk.app.chat;

import dev.newsdesk.core.chat.ChatInfo;
import dev.newsdesk.core.chat.ChatMessage;
import dev.newsdesk.core.chat.ChatRef;
import dev.newsdesk.core.chat.DigestLayout;
import dev.newsdesk.core.chat.Inline;
import dev.newsdesk.core.chat.NewsItem;
import dev.newsdesk.core.chat.QueryError;
import dev.newsdesk.core.chat.Stories;
import dev.newsdesk.core.chat.StoryView;
import dev.newsdesk.core.chat.Subscription;
import dev.newsdesk.core.digest.DigestStory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keyword alerts without noise. Each newly stored item is matched against every subscription, and a chat gets one
 * alert per story — never one per outlet, nor one per subscription that matches it. A chat gets at most
 * {@code maxPerHour} alerts an hour; further matches are held and folded into one "N more matching stories" message
 * when the hour allows. When an alerted story grows (more outlets, a new headline) within {@code editWithin}, the
 * alert is edited in place instead of sent again. Alerts and edits are recorded with their deliveries in one
 * transaction, so they survive restarts without repeats.
 */
public final class AlertService implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(AlertService.class);
    private static final Duration HOUR = Duration.ofHours(1);
    /** Titles listed in a folded message; the rest are counted. */
    private static final int FOLD_LISTED = 10;

    private final NewsReader news;
    private final ChatStore chats;
    private final StoryKeys stories;
    private final AlertLog alertLog;
    private final DigestIndex index;
    private final Map<String, MessageRenderer> renderers;
    private final Matchers matchers;
    private final DeliveryService delivery;
    private final Limits limits;
    private final Clock clock;
    private ScheduledExecutorService timer;

    /** Which story an item belongs to, for items not grouped into stories. */
    public interface StoryKeys {
        /**
         * The key of the story {@code item} belongs to: an earlier item's key when one with the same normalised title
         * was seen within {@code within}, else a new key; remembered either way.
         */
        String storyOf(NewsItem item, Duration within, Instant now);
    }

    /**
     * @param maxPerHour alerts per chat per hour
     * @param editWithin how long after an alert its story's growth edits it
     */
    public record Limits(int maxPerHour, Duration editWithin) {
    }

    /**
     * @param renderers one renderer per platform name; chats on other platforms get no alerts
     */
    public AlertService(NewsReader news, ChatStore chats, StoryKeys stories, AlertLog alertLog, DigestIndex index,
                        Map<String, MessageRenderer> renderers, QueryLanguage language, DeliveryService delivery,
                        Limits limits, Clock clock) {
        this.news = news;
        this.chats = chats;
        this.stories = stories;
        this.alertLog = alertLog;
        this.index = index;
        this.renderers = Map.copyOf(renderers);
        this.matchers = new Matchers(language);
        this.delivery = delivery;
        this.limits = limits;
        this.clock = clock;
    }

    /** Sends held matches, folded, whenever a chat's hour allows (every half minute). */
    public synchronized void start() {
        if (timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "alert-overflow");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                flushHeld();
            } catch (RuntimeException e) {
                log.error("alert: folding held matches failed", e);
            }
        }, 30, 30, TimeUnit.SECONDS);
    }

    /**
     * Matches newly stored items against every subscription and records the alerts due, and edits alerts whose
     * stories grew. Call it after items are stored, analysed and grouped (and after the digest index heard of them).
     * Thread-safe; one bad subscription or chat never stops the others.
     *
     * @return how many alerts were recorded (edits and held matches not counted)
     */
    public synchronized int onNewItems(List<String> itemIds) {
        if (itemIds.isEmpty()) {
            return 0;
        }
        List<NewsItem> items = new ArrayList<>(news.byIds(itemIds));
        items.sort(Comparator.comparing(NewsItem::published).thenComparing(NewsItem::id));
        Map<ChatRef, List<Subscription>> byChat = new LinkedHashMap<>();
        for (Subscription s : chats.allSubscriptions()) {
            byChat.computeIfAbsent(s.chat(), k -> new ArrayList<>()).add(s);
        }
        Instant now = clock.instant();
        int recorded = 0;
        int edited = 0;
        for (NewsItem item : items) {
            String story = stories.storyOf(item, Stories.SAME_STORY, now);
            Map<ChatRef, AlertLog.Alerted> alerted = alertLog.alertedTo(story);
            for (Map.Entry<ChatRef, AlertLog.Alerted> a : alerted.entrySet()) {
                try {
                    edited += edit(a.getKey(), story, a.getValue(), byChat.getOrDefault(a.getKey(), List.of()), now)
                            ? 1 : 0;
                } catch (RuntimeException e) {
                    log.error("alert: edit failed chat={} story={}", a.getKey(), story, e);
                }
            }
            for (Map.Entry<ChatRef, List<Subscription>> c : byChat.entrySet()) {
                if (alerted.containsKey(c.getKey())) {
                    continue;
                }
                try {
                    recorded += alert(item, story, c.getKey(), c.getValue(), now) ? 1 : 0;
                } catch (RuntimeException e) {
                    log.error("alert: failed chat={} item={}", c.getKey(), item.id(), e);
                }
            }
        }
        if (recorded + edited > 0) {
            log.info("alert: recorded alerts={} edits={} items={}", recorded, edited, items.size());
            delivery.wake();
        }
        return recorded;
    }

    private boolean alert(NewsItem item, String story, ChatRef chatRef, List<Subscription> subs, Instant now) {
        MessageRenderer renderer = renderers.get(chatRef.platform());
        if (renderer == null) {
            return false;
        }
        List<Subscription> matched = matching(subs, item);
        if (matched.isEmpty()) {
            return false;
        }
        Optional<ChatInfo> chat = chats.find(chatRef);
        if (chat.isEmpty() || !chat.get().active()) {
            return false;
        }
        Optional<DigestStory> grown = index.story(story);
        String version = grown.map(DigestStory::version).orElse("");
        if (alertLog.alertsSince(chatRef, now.minus(HOUR)) >= limits.maxPerHour()) {
            alertLog.hold(chatRef, story, version, new AlertLog.Held(item.id(), item.title(), item.url(), now));
            log.debug("alert: held chat={} item={} (hourly cap {})", chatRef, item.id(), limits.maxPerHour());
            return false;
        }
        StoryView view = grown.map(DigestStory::view).orElseGet(() -> Stories.view(item));
        ChatMessage msg = message(view, matched, chat.get(), false);
        String key = "alert:" + chatRef + ":" + story;
        return alertLog.recordAlert(chatRef, story, version, OutboxReplies.parts(key, chatRef,
                chat.get().type().shared(), "alert", msg, renderer, now), now);
    }

    /** Edits the alert of a story that gained outlets or a new headline since, within the edit window. */
    private boolean edit(ChatRef chatRef, String story, AlertLog.Alerted alerted, List<Subscription> subs,
                         Instant now) {
        MessageRenderer renderer = renderers.get(chatRef.platform());
        Optional<DigestStory> grown = index.story(story);
        if (renderer == null || alerted.alertKey().isEmpty() || grown.isEmpty()
                || grown.get().version().equals(alerted.version())
                || Duration.between(alerted.at(), now).compareTo(limits.editWithin()) > 0) {
            return false;
        }
        Optional<ChatInfo> chat = chats.find(chatRef);
        if (chat.isEmpty() || !chat.get().active()) {
            return false;
        }
        ChatMessage msg = message(grown.get().view(), matching(subs, grown.get().lead()), chat.get(), true);
        String version = grown.get().version();
        // an edit replaces one message: the alert's first part, rendered again as one part
        String text = renderer.render(msg).get(0);
        Delivery d = new Delivery("alert-edit:" + chatRef + ":" + story + ":" + version, chatRef,
                chat.get().type().shared(), "alert-edit", text, renderer.format(), false, 0, now, alerted.alertKey(),
                null);
        return alertLog.recordEdit(chatRef, story, version, List.of(d));
    }

    private List<Subscription> matching(List<Subscription> subs, NewsItem item) {
        List<Subscription> out = new ArrayList<>();
        for (Subscription s : subs) {
            Predicate<NewsItem> p;
            try {
                p = matchers.compile(s.query());
            } catch (QueryError e) {
                continue;
            }
            if (p.test(item)) {
                out.add(s);
            }
        }
        return out;
    }

    /** Folds each chat's held matches into one message once its last hour has room. */
    public synchronized int flushHeld() {
        Instant now = clock.instant();
        int sent = 0;
        for (ChatRef chatRef : alertLog.chatsHolding()) {
            MessageRenderer renderer = renderers.get(chatRef.platform());
            Optional<ChatInfo> chat = chats.find(chatRef);
            if (renderer == null || chat.isEmpty() || !chat.get().active()
                    || alertLog.alertsSince(chatRef, now.minus(HOUR)) >= limits.maxPerHour()) {
                continue;
            }
            List<AlertLog.Held> held = alertLog.held(chatRef);
            if (held.isEmpty()) {
                continue;
            }
            String key = "alert-more:" + chatRef + ":" + held.get(0).at().toEpochMilli() + ":" + held.get(0).itemId();
            alertLog.release(chatRef, held, OutboxReplies.parts(key, chatRef, chat.get().type().shared(), "alert",
                    folded(held), renderer, now), now);
            sent++;
        }
        if (sent > 0) {
            delivery.wake();
            log.info("alert: folded messages={}", sent);
        }
        return sent;
    }

    private static ChatMessage folded(List<AlertLog.Held> held) {
        List<List<Inline>> lines = new ArrayList<>();
        for (AlertLog.Held h : held.subList(0, Math.min(FOLD_LISTED, held.size()))) {
            lines.add(List.of(h.url() == null ? Inline.text(h.title()) : Inline.link(h.title(), h.url())));
        }
        ChatMessage.Builder b = ChatMessage.builder()
                .paragraph(Inline.text("🔔 "), Inline.bold(held.size() + " more matching "
                        + (held.size() == 1 ? "story" : "stories")), Inline.text(" (held back: at most a few alerts "
                        + "an hour)"))
                .bullets(lines);
        if (held.size() > FOLD_LISTED) {
            b.paragraph(Inline.text("… and " + (held.size() - FOLD_LISTED) + " more. /digest watchlist for all."));
        }
        return b.build();
    }

    private static ChatMessage message(StoryView v, List<Subscription> matched, ChatInfo chat, boolean updated) {
        List<Inline> head = new ArrayList<>(List.of(Inline.text(updated ? "🔔✏️ " : "🔔 ")));
        if (matched.isEmpty()) {
            head.add(Inline.bold("Alert"));
        } else {
            Subscription s = matched.get(0);
            head.add(Inline.bold("Alert #" + s.id()));
            head.add(Inline.text(" — "));
            head.add(Inline.code(s.query()));
            if (matched.size() > 1) {
                head.add(Inline.text(" (+" + (matched.size() - 1) + " more)"));
            }
        }
        ChatMessage.Builder b = ChatMessage.builder()
                .paragraph(head)
                .paragraph(v.url() == null ? Inline.bold(v.title()) : Inline.link(v.title(), v.url()),
                        Inline.text("\n" + DigestLayout.byline(v, chat.zone(), Duration.ofDays(2))));
        if (!v.summary().isEmpty()) {
            b.paragraph(Inline.text(v.summary()));
        }
        if (updated) {
            b.paragraph(Inline.italic("Updated: now " + v.outlets() + (v.outlets() == 1 ? " outlet" : " outlets")));
        }
        return b.paragraph(Inline.italic(matched.isEmpty() ? "/subscriptions"
                : "/unsubscribe " + matched.get(0).id())).build();
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }
}
