package dev.newsdesk.adapter.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One message as the outbox keeps it for Slack: the fallback {@code text}, the Block Kit {@code blocks} (JSON array,
 * or null for text only) and, for the answer to a slash command, the {@code response_url} to answer through.
 */
record SlackPayload(String text, String blocks, String responseUrl) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads a payload of format {@code slack}; any other format is sent as plain text. */
    static SlackPayload parse(String payload, String format) {
        if (!SlackBlocks.FORMAT.equals(format)) {
            return new SlackPayload(payload, null, null);
        }
        try {
            JsonNode root = JSON.readTree(payload);
            JsonNode blocks = root.path("blocks");
            JsonNode url = root.path("response_url");
            return new SlackPayload(root.path("text").asText(""), blocks.isArray() && !blocks.isEmpty()
                    ? blocks.toString() : null, url.isTextual() ? url.asText() : null);
        } catch (JsonProcessingException e) {
            // not ours: better shown as it is than lost
            return new SlackPayload(payload, null, null);
        }
    }

    /** {@code payload} (format {@code slack}) to be answered through {@code responseUrl}. */
    static String withResponseUrl(String payload, String responseUrl) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(payload);
            root.put("response_url", responseUrl);
            return root.toString();
        } catch (JsonProcessingException | ClassCastException e) {
            return payload;
        }
    }

    /** The body for a {@code response_url}: visible to the whole channel, like every other answer. */
    String responseBody() {
        ObjectNode root = JSON.createObjectNode().put("response_type", "in_channel").put("replace_original", false)
                .put("text", text);
        if (blocks != null) {
            try {
                root.set("blocks", JSON.readTree(blocks));
            } catch (JsonProcessingException e) {
                // blocks came from parse(): always valid JSON
                throw new IllegalStateException(e);
            }
        }
        return root.toString();
    }
}
