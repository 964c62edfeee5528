package dev.newsdesk.bench;

import dev.newsdesk.adapter.slack.FakeSlackApi;
import dev.newsdesk.adapter.slack.SignedRequests;
import dev.newsdesk.adapter.slack.SlackStack;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Slack figures, in one process: Bolt in HTTP mode behind the events endpoint (JDK HttpServer on 127.0.0.1), the
 * real Slack SDK client against the fake Web API, a real SQLite file with 100,000 items. 200 signed requests from
 * 20 channels, slash commands and mentions in turn, 4 a second (within Slack's pace: see {@code Pacer.Limits.SLACK}):
 * <ol>
 *   <li>acknowledgement: from sending the signed request to Slack's HTTP answer (signature check, Bolt, hand-off
 *   to the channel's lane); target p99 &lt;= 100 ms (Slack's deadline is 3 s);</li>
 *   <li>answer: from the command taken by the bot to the answer's post at the fake ({@code response_url} for slash
 *   commands, {@code chat.postMessage} for mentions), as {@code ChatBench} measures Telegram; target p99 &lt;=
 *   50 ms.</li>
 * </ol>
 * Run: {@code bench/slack.sh}.
 */
public final class SlackBench {
    private static final String[] COMMANDS = {"help", "latest 5", "digest", "search Nvidia AND export*", "watch",
            "subscriptions", "status", "topics", "digest crypto 7d", "summary 1"};

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("slack-bench");
        try (FakeSlackApi api = new FakeSlackApi();
             SlackStack stack = new SlackStack(dir.resolve("slack.db"), api.apiUrl(), Set.of(),
                     Duration.ofSeconds(2))) {
            long t0 = System.nanoTime();
            ChatBench.fill(stack.sources, stack.items, args.length > 0 ? Integer.parseInt(args[0]) : 100_000);
            System.out.printf("stored %,d items in %.1f s%n", stack.items.count(), (System.nanoTime() - t0) / 1e9);
            SignedRequests slack = new SignedRequests(stack.serveHttp(), stack.signature);
            AtomicLong received = new AtomicLong();
            stack.bot.onReceived(received::set);
            List<Long> ackCommand = new ArrayList<>();
            List<Long> ackMention = new ArrayList<>();
            List<Long> answer = new ArrayList<>();
            List<Long> digestAnswer = new ArrayList<>();
            List<Long> otherAnswer = new ArrayList<>();
            Map<String, Long> cpuStart = Map.of();
            for (int i = 0; i < 220; i++) {
                String channel = "C" + (1000 + i % 20);
                String command = COMMANDS[(i / 20 + i) % COMMANDS.length];
                int before = api.posted().size();
                long start = System.nanoTime();
                SignedRequests.Answer ack;
                if (i % 2 == 0) {
                    ack = slack.postForm(SignedRequests.form(SignedRequests.command(channel, "bench", "U" + i,
                            command, "trigger-" + i, api.responseUrl("r" + i))));
                } else {
                    ack = slack.postJson(SignedRequests.event("Ev" + i, "app_mention", channel, "channel", "U" + i,
                            "<@" + FakeSlackApi.BOT_USER + "> " + command, "1700000000." + (100_000 + i)).toString());
                }
                if (ack.status() != 200) {
                    throw new IllegalStateException("request " + i + " answered " + ack.status());
                }
                long deadline = System.nanoTime() + 10_000_000_000L;
                // this request's own answer: its response_url, or the first post to its channel (a part of another
                // channel's longer answer may land in between, and is not this one's)
                FakeSlackApi.Call own = null;
                while (own == null) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("request " + i + " (" + command + ") got no answer; calls: "
                                + api.calls.stream().map(FakeSlackApi.Call::method).toList());
                    }
                    Thread.sleep(0, 200_000);
                    own = i % 2 == 0 ? api.response("r" + i).orElse(null) : firstPost(api.posted(), before, channel);
                }
                if (i == 19) {
                    cpuStart = threadCpu();
                }
                if (i >= 20) { // the first round warms the JIT and the caches
                    (i % 2 == 0 ? ackCommand : ackMention).add(ack.nanos() / 1000);
                    long micros = (own.atNanos() - received.get()) / 1000;
                    answer.add(micros);
                    (command.startsWith("digest") ? digestAnswer : otherAnswer).add(micros);
                    if (System.getProperty("bench.verbose") != null) {
                        System.out.printf("%d %s %s %.1f ms%n", i, i % 2 == 0 ? "cmd" : "mention", command,
                                answer.get(answer.size() - 1) / 1000.0);
                    }
                }
                // 250 ms between requests: 4 answers a second overall (Slack allows a workspace about 5) and one every
                // 5 s per channel, so pacing never adds to the figure
                long rest = 250_000_000 - (System.nanoTime() - start);
                if (rest > 0) {
                    Thread.sleep(rest / 1_000_000);
                }
            }
            // CPU time is steadier than wall time on a shared machine: per request, by stage (thread name)
            Map<String, Long> cpuEnd = threadCpu();
            for (String[] stage : new String[][] {{"slack-http-", "acknowledge (endpoint: signature, Bolt, hand-off)"},
                    {"slack-chat-", "answer the command (ChatService, Block Kit, outbox)"},
                    {"outbox-send-", "send (Web API client)"}}) {
                long used = cpuEnd.getOrDefault(stage[0], 0L) - cpuStart.getOrDefault(stage[0], 0L);
                System.out.printf("CPU per request, %s: %.2f ms%n", stage[1], used / 1e6 / answer.size());
            }
            report("slash command acknowledged (signed POST -> HTTP 200)", ackCommand);
            report("mention acknowledged (signed POST -> HTTP 200)", ackMention);
            report("answer (command taken -> response_url / chat.postMessage at the fake)", answer);
            // a digest reads the store when the 15 s cache of recent news has expired (one digest in about six
            // here, at Slack's pace): that, not Slack, sets the tail
            report("  of which digests", digestAnswer);
            report("  of which other commands", otherAnswer);
        }
        // idle HTTP client threads would keep the JVM up for another minute
        System.exit(0);
    }

    /** CPU nanoseconds used so far by the live threads of each stage, by thread-name prefix. */
    private static Map<String, Long> threadCpu() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Map<String, Long> out = new HashMap<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            String name = t.getName();
            int dash = name.lastIndexOf('-');
            if (dash > 0) {
                long cpu = mx.getThreadCpuTime(t.getId());
                if (cpu > 0) {
                    out.merge(name.substring(0, dash + 1), cpu, Long::sum);
                }
            }
        }
        return out;
    }

    private static void report(String what, List<Long> micros) {
        Collections.sort(micros);
        System.out.printf("%s, %d requests: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n", what,
                micros.size(), ChatBench.pct(micros, 50),
                ChatBench.pct(micros, 90), ChatBench.pct(micros, 99), micros.get(micros.size() - 1) / 1000.0);
    }

    private static FakeSlackApi.Call firstPost(List<FakeSlackApi.Call> posted, int from, String channel) {
        for (int i = from; i < posted.size(); i++) {
            if (channel.equals(posted.get(i).params().get("channel"))) {
                return posted.get(i);
            }
        }
        return null;
    }
}
