package dev.newsdesk.cli;

import dev.newsdesk.adapter.http.HealthServer;
import dev.newsdesk.adapter.http.MetricsEndpoint;
import dev.newsdesk.adapter.telegram.TelegramWebhook;
import dev.newsdesk.adapter.slack.SlackBot;
import dev.newsdesk.adapter.slack.SlackEventsEndpoint;
import dev.newsdesk.adapter.slack.SlackSignature;
import dev.newsdesk.config.SlackSettings;
import dev.newsdesk.app.HealthCheck;
import dev.newsdesk.app.Poller;
import dev.newsdesk.config.TelegramSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code run}: the bot. Polls every enabled source on its schedule until SIGTERM or Ctrl-C. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the bot: poll every enabled source on its schedule until stopped (SIGTERM, Ctrl-C).")
final class RunCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(RunCommand.class);
    /**
     * Stopping must finish within 10 s: 4 s for polls in flight, then up to 2 s for the follow-up in progress (what
     * is not analysed yet is caught up at the next start) and 2 s for the poll workers, then the store.
     */
    private static final Duration STOP_GRACE = Duration.ofSeconds(4);
    /**
     * The poller looks for due sources every half second; a minute without a round means it is stuck (a round
     * waiting for a free poll slot still moves with every poll it starts, and a poll ends within fetch.timeout).
     */
    private static final Duration POLLER_QUIET = Duration.ofMinutes(1);

    @Mixin
    ConfigOption config;

    @Override
    public Integer call() {
        Wiring wiring = Wiring.open(config.load().config());
        Poller poller = wiring.poller();
        Wiring.Chat chat = wiring.chat(true);
        HealthServer http = startHttp(wiring, poller, chat);
        SlackSettings slack = wiring.config.slack();
        if (slack.enabled() && (slack.missing().isPresent() || slack.mode().equals("http") && http == null)) {
            if (http != null) {
                http.close();
            }
            wiring.close();
            throw new UserError(slack.missing().orElse("slack.mode: http needs the HTTP server for /slack/events "
                    + "(set http.port, or use slack.mode: socket)"));
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            log.info("run: stopping");
            poller.stop(STOP_GRACE);
            if (http != null) {
                http.close();
            }
            wiring.close();
            log.info("run: stopped, store closed");
            stopped.countDown();
        }, "shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        long enabled = wiring.sources.list().stream().filter(s -> s.source().enabled()).count();
        log.info("run: polling {} sources, store {}, instance={} lease_s={}", enabled,
                dev.newsdesk.adapter.store.Database.redact(wiring.config.storage().url()), wiring.lease.owner(), wiring.lease.length().toSeconds());
        poller.start();
        wiring.afterPoll().submitCatchUp(wiring::catchUp);
        startChat(wiring, chat, http);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /**
     * Starts the outbox sender and the Telegram bot (long polling, or the webhook on the HTTP server) and the Slack
     * bot; with no chat token, serves the console on stdin/stdout instead. At the end of input the console stops and
     * the bot keeps running until SIGTERM.
     */
    private static void startChat(Wiring wiring, Wiring.Chat chat, HealthServer http) {
        // keyword alerts for every new item, once it is analysed and in its story
        // digests rank the last week from memory: read it once, then follow every analysed item; alerts come after,
        // as they read the grown stories from it
        chat.digestIndex().load();
        wiring.intelligence().addListener(chat.digestIndex());
        Thread warm = new Thread(() -> chat.digests().warm(java.time.Instant.now()), "digest-warm");
        warm.setDaemon(true);
        warm.start();
        wiring.intelligence().addListener(chat.alerts()::onNewItems);
        chat.delivery().start();
        chat.scheduler().start();
        chat.alerts().start();
        if (chat.telegram() != null) {
            try {
                TelegramSettings t = wiring.config.telegram();
                if (t.webhook()) {
                    // the route first: Telegram may post as soon as setWebhook is accepted
                    http.route(TelegramWebhook.PATH, new TelegramWebhook(t.webhookSecret(), chat.telegram()::accept));
                    chat.telegram().startWebhook(t.webhookUrl(), t.webhookSecret());
                } else {
                    chat.telegram().start();
                }
            } catch (org.telegram.telegrambots.meta.exceptions.TelegramApiException e) {
                // the poller keeps working; chat comes back on the next start
                log.error("run: telegram did not start: {}", e.getMessage());
            }
        }
        if (chat.slack() != null) {
            startSlack(wiring, chat.slack(), http);
        }
        if (chat.telegram() != null || chat.slack() != null) {
            return;
        }
        Thread console = new Thread(() -> chat.console().serve(new java.io.BufferedReader(
                new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8))), "console");
        console.setDaemon(true);
        console.start();
    }

    private static void startSlack(Wiring wiring, SlackBot slack, HealthServer http) {
        SlackSettings s = wiring.config.slack();
        try {
            if (s.mode().equals("http")) {
                slack.startHttp();
                http.route(SlackEventsEndpoint.PATH, new SlackEventsEndpoint(slack,
                        new SlackSignature(s.signingSecret(), wiring.clock)));
            } else {
                slack.startSocketMode(s.appToken());
            }
        } catch (Exception e) {
            // the poller and the other platforms keep working; Slack comes back on the next start
            log.error("run: slack did not start: {}", e.getMessage());
        }
    }

    private static HealthServer startHttp(Wiring wiring, Poller poller, Wiring.Chat chat) {
        int port = wiring.config.http().port();
        if (port == 0) {
            return null;
        }
        try {
            HealthCheck health = new HealthCheck(wiring.db::ping, () -> poller.alive(POLLER_QUIET));
            if (chat.telegram() != null) {
                health = health.with("telegram", chat.telegram()::problem);
            }
            HealthServer http = new HealthServer(port, health);
            http.route("/metrics", new MetricsEndpoint(wiring.metrics::scrape));
            return http;
        } catch (java.io.IOException e) {
            wiring.close();
            throw new UserError("http.port: cannot listen on port " + port + ": " + e.getMessage()
                    + " (set http.port to a free port, or 0 to turn the HTTP server off)");
        }
    }
}
