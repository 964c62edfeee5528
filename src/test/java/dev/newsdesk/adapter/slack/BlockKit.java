package dev.newsdesk.adapter.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.reflect.TypeToken;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks a payload against Block Kit's rules (the documented limits) and that the Slack SDK reads it back. */
final class BlockKit {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LINK = Pattern.compile("<https?://[^<>|\\s]+\\|[^<>|]*>");
    /** mrkdwn quotes: a {@code >} at the start of a line. */
    private static final Pattern QUOTE = Pattern.compile("(?m)^>");
    private static final Pattern BAD_AMP = Pattern.compile("&(?!amp;|lt;|gt;)");

    private BlockKit() {
    }

    /** Asserts every rule; returns the blocks. */
    static JsonNode assertValid(String payload) throws Exception {
        JsonNode root = JSON.readTree(payload);
        assertThat(root.path("text").isTextual()).as("fallback text").isTrue();
        assertThat(root.path("text").asText()).isNotBlank();
        JsonNode blocks = root.path("blocks");
        assertThat(blocks.isArray()).isTrue();
        assertThat(blocks.size()).isBetween(1, SlackBlocks.MAX_BLOCKS);
        Set<String> actionIds = new HashSet<>();
        int chars = 0;
        for (JsonNode b : blocks) {
            String type = b.path("type").asText();
            switch (type) {
                case "header" -> {
                    assertThat(b.path("text").path("type").asText()).isEqualTo("plain_text");
                    assertThat(b.path("text").path("text").asText().length()).isBetween(1, SlackBlocks.MAX_HEADER);
                }
                case "section" -> {
                    chars += assertMrkdwn(b.path("text"));
                    if (b.has("accessory")) {
                        assertButton(b.path("accessory"), actionIds);
                    }
                }
                case "context" -> {
                    assertThat(b.path("elements").size()).isBetween(1, 10);
                    for (JsonNode e : b.path("elements")) {
                        chars += assertMrkdwn(e);
                    }
                }
                case "actions" -> {
                    assertThat(b.path("elements").size()).isBetween(1, 25);
                    for (JsonNode e : b.path("elements")) {
                        assertButton(e, actionIds);
                    }
                }
                case "divider" -> {
                }
                default -> throw new AssertionError("unknown block type " + type + " in " + b);
            }
        }
        assertThat(chars).isLessThanOrEqualTo(SlackBlocks.MAX_MESSAGE_TEXT);
        List<LayoutBlock> read = GsonFactory.createSnakeCase().fromJson(blocks.toString(),
                new TypeToken<List<LayoutBlock>>() { }.getType());
        assertThat(read).hasSize(blocks.size()).doesNotContainNull();
        return blocks;
    }

    private static int assertMrkdwn(JsonNode text) {
        assertThat(text.path("type").asText()).isEqualTo("mrkdwn");
        String t = text.path("text").asText();
        assertThat(t.length()).isBetween(1, SlackBlocks.MAX_TEXT);
        String outsideLinks = LINK.matcher(QUOTE.matcher(t).replaceAll("")).replaceAll("");
        assertThat(outsideLinks).as("unescaped < or > in %s", t).doesNotContain("<", ">");
        assertThat(BAD_AMP.matcher(outsideLinks).find()).as("unescaped & in %s", t).isFalse();
        return t.length();
    }

    private static void assertButton(JsonNode b, Set<String> actionIds) {
        assertThat(b.path("type").asText()).isEqualTo("button");
        assertThat(b.path("text").path("type").asText()).isEqualTo("plain_text");
        assertThat(b.path("text").path("text").asText().length()).isBetween(1, 75);
        String id = b.path("action_id").asText();
        assertThat(id).startsWith(SlackBlocks.ACTION_PREFIX).hasSizeLessThanOrEqualTo(255);
        assertThat(actionIds.add(id)).as("action_id %s unique in the message", id).isTrue();
        assertThat(b.path("value").asText().length()).isBetween(1, 2000);
    }

    /** All mrkdwn and header text of a payload, in order. */
    static String text(String payload) throws Exception {
        StringBuilder s = new StringBuilder();
        for (JsonNode b : JSON.readTree(payload).path("blocks")) {
            if (b.has("text")) {
                s.append(b.path("text").path("text").asText()).append('\n');
            }
            for (JsonNode e : b.path("elements")) {
                s.append(e.path("text").isTextual() ? e.path("text").asText() : e.path("text").path("text").asText())
                        .append('\n');
            }
        }
        return s.toString();
    }
}
