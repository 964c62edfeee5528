package dev.newsdesk.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Many RSS feeds on one local HTTP server, whose items appear over time: item k is published at start + k × every,
 * in feed k mod n, and every title mentions Nvidia (so alert subscriptions match) but otherwise shares no word with
 * any other title (so no two items are grouped into one story). Records every poll it answers, with the instance that
 * made it (from the User-Agent), and can hold an instance's requests unanswered from some moment on, as if that
 * instance had died with them in flight.
 */
public final class LocalFeeds implements AutoCloseable {
    /** One poll answered: which feed, which instance, when. */
    public record Poll(int feed, String instance, long atNanos) {
    }

    private static final DateTimeFormatter RFC_822 =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final int ITEMS_PER_FEED = 10;

    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(16, r -> {
        Thread t = new Thread(r, "local-feeds");
        t.setDaemon(true);
        return t;
    });
    private final int feeds;
    private final long startMillis = System.currentTimeMillis();
    private final long everyMillis;
    private volatile long lastItem = Long.MAX_VALUE;
    private final List<Poll> polls = new CopyOnWriteArrayList<>();
    private final List<Poll> heldPolls = new CopyOnWriteArrayList<>();
    private final Set<String> held = ConcurrentHashMap.newKeySet();

    public LocalFeeds(int feeds, Duration every) throws IOException {
        this.feeds = feeds;
        this.everyMillis = Math.max(1, every.toMillis());
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        server.createContext("/feed/", this::serve);
        server.setExecutor(pool);
        server.start();
    }

    /** The feed's URL; feeds are numbered from 0. */
    public String url(int feed) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/feed/" + feed;
    }

    /** From now on requests whose User-Agent contains {@code instance} are held unanswered until close. */
    public void hold(String instance) {
        held.add(instance);
    }

    /** No item is published after this call. */
    public void stopPublishing() {
        lastItem = Math.min(lastItem, newest());
    }

    /** How many items have been published so far (the newest one's number plus one). */
    public long published() {
        return newest() + 1;
    }

    /** The title of item {@code k}. */
    public static String title(long k) {
        return "Nvidia " + word(k, 1) + " " + word(k, 2) + " " + word(k, 3) + " " + word(k, 4);
    }

    public List<Poll> polls() {
        return List.copyOf(polls);
    }

    /** Polls held unanswered (see {@link #hold}). */
    public List<Poll> heldPolls() {
        return List.copyOf(heldPolls);
    }

    private static int feed(HttpExchange ex) {
        return Integer.parseInt(ex.getRequestURI().getPath().substring("/feed/".length()));
    }

    private long newest() {
        return Math.min(lastItem, (System.currentTimeMillis() - startMillis) / everyMillis);
    }

    private void serve(HttpExchange ex) throws IOException {
        String agent = String.valueOf(ex.getRequestHeaders().getFirst("User-Agent"));
        for (String h : held) {
            if (agent.contains(h)) {
                // never answered: the exchange stays open (no server thread waits on it) until the server stops
                heldPolls.add(new Poll(feed(ex), agent, System.nanoTime()));
                return;
            }
        }
        try (ex) {
            int feed = feed(ex);
            byte[] body = rss(feed).getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
            polls.add(new Poll(feed, agent, System.nanoTime()));
        } catch (RuntimeException e) {
            ex.sendResponseHeaders(404, -1);
        }
    }

    private String rss(int feed) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                + "<title>Feed " + feed + "</title><link>https://feed" + feed + ".example/</link>"
                + "<description>test feed</description>\n");
        long newest = newest();
        // the items of this feed, newest first: k = feed, feed + n, feed + 2n, ... up to the newest published
        long k = newest - Math.floorMod(newest - feed, (long) feeds);
        for (int i = 0; i < ITEMS_PER_FEED && k >= 0; i++, k -= feeds) {
            b.append("<item><guid isPermaLink=\"false\">item-").append(k).append("</guid><title>").append(title(k))
                    .append("</title><link>https://feed").append(feed).append(".example/story/").append(k)
                    .append("</link><pubDate>").append(RFC_822.format(Instant.ofEpochMilli(startMillis + k * everyMillis)))
                    .append("</pubDate><description>").append(word(k, 5)).append(' ').append(word(k, 6))
                    .append(" said the ").append(word(k, 7)).append(" deal was signed.</description></item>\n");
        }
        return b.append("</channel></rss>\n").toString();
    }

    /** A made-up word of 7 letters, one of its own for each (item, position). */
    private static String word(long k, int position) {
        long h = (k * 1_000_003L + position) * 0x9E3779B97F4A7C15L;
        StringBuilder w = new StringBuilder(7);
        for (int i = 0; i < 7; i++) {
            w.append((char) ('a' + Math.floorMod(h >>> (i * 9), 26)));
        }
        return w.toString();
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
