package dev.newsdesk.adapter.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static dev.newsdesk.adapter.slack.SlackBotTest.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Socket Mode end to end: Bolt's Java-WebSocket client opens the connection through {@code apps.connections.open}
 * on the fake Web API, then talks to a local WebSocket server that plays Slack's side (hello, envelopes, acks).
 */
class SlackSocketModeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;
    private FakeSlackApi api;
    private SlackStack stack;
    private FakeSocketServer socket;

    /** Slack's end of the socket: says hello to each connection and records what the app sends. */
    static final class FakeSocketServer extends WebSocketServer {
        final List<String> received = new CopyOnWriteArrayList<>();
        final CountDownLatch connected = new CountDownLatch(1);
        final CountDownLatch started = new CountDownLatch(1);
        volatile WebSocket conn;

        FakeSocketServer() {
            super(new InetSocketAddress("127.0.0.1", 0));
            setReuseAddr(true);
        }

        @Override
        public void onOpen(WebSocket c, ClientHandshake handshake) {
            conn = c;
            c.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\"},"
                    + "\"connection_info\":{\"app_id\":\"A1\"}}");
            connected.countDown();
        }

        @Override
        public void onClose(WebSocket c, int code, String reason, boolean remote) {
        }

        @Override
        public void onMessage(WebSocket c, String message) {
            received.add(message);
        }

        @Override
        public void onError(WebSocket c, Exception ex) {
        }

        @Override
        public void onStart() {
            started.countDown();
        }
    }

    @BeforeEach
    void start() throws Exception {
        api = new FakeSlackApi();
        socket = new FakeSocketServer();
        socket.start();
        assertThat(socket.started.await(5, TimeUnit.SECONDS)).isTrue();
        api.socketModeUrl("ws://127.0.0.1:" + socket.getPort() + "/link");
        stack = new SlackStack(dir.resolve("newsdesk.db"), api.apiUrl(), Set.of());
    }

    @AfterEach
    void stop() throws Exception {
        stack.close();
        socket.stop(1000);
        api.close();
    }

    @Test
    void slashCommandsAndMentionsOverTheSocketAreAcknowledgedAndAnswered() throws Exception {
        stack.bot.startSocketMode(FakeSlackApi.APP_TOKEN);
        assertThat(socket.connected.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(api.calls("apps.connections.open").get(0).authorization())
                .isEqualTo("Bearer " + FakeSlackApi.APP_TOKEN);

        ObjectNode command = JSON.createObjectNode().put("envelope_id", "env-1").put("type", "slash_commands")
                .put("accepts_response_payload", true);
        SignedRequests.command("C1", "general", "U1", "help", "t1", api.responseUrl("r1"))
                .forEach(command.putObject("payload")::put);
        socket.conn.send(command.toString());
        await(() -> socket.received.stream().anyMatch(m -> m.contains("env-1")));
        await(() -> api.calls("response").size() == 1);
        assertThat(api.calls("response").get(0).blocks()).contains("/digest", "/subscribe");

        ObjectNode event = JSON.createObjectNode().put("envelope_id", "env-2").put("type", "events_api")
                .put("accepts_response_payload", false);
        event.set("payload", SignedRequests.event("Ev1", "app_mention", "C1", "channel", "U1",
                "<@" + FakeSlackApi.BOT_USER + "> topics", "1700000001.000100"));
        socket.conn.send(event.toString());
        await(() -> socket.received.stream().anyMatch(m -> m.contains("env-2")));
        await(() -> api.calls("chat.postMessage").size() == 1);
        assertThat(api.calls("chat.postMessage").get(0).blocks()).contains("AI alliances");
        JsonNode ack = JSON.readTree(socket.received.stream().filter(m -> m.contains("env-1")).findFirst()
                .orElseThrow());
        assertThat(ack.path("envelope_id").asText()).isEqualTo("env-1");
    }
}
