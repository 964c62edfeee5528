package dev.newsdesk.config;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A YAML mapping being read into a record. Remembers its key path for messages and which keys were read, so that
 * {@link #finish()} can name any key that nothing knows (a typo, usually).
 */
final class ConfigNode {
    private final String path;
    private final JsonNode node;
    private final Set<String> read = new LinkedHashSet<>();

    ConfigNode(String path, JsonNode node) {
        this.path = path;
        this.node = node;
        if (node != null && !node.isNull() && !node.isObject()) {
            throw new ConfigException(where() + ": expected a mapping of keys, found " + describe(node));
        }
    }

    String path() {
        return path;
    }

    String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private String where() {
        return path.isEmpty() ? "configuration" : path;
    }

    private JsonNode get(String key) {
        read.add(key);
        if (node == null || node.isNull()) {
            return null;
        }
        JsonNode v = node.get(key);
        return v == null || v.isNull() ? null : v;
    }

    boolean has(String key) {
        return node != null && node.hasNonNull(key);
    }

    ConfigNode section(String key) {
        return new ConfigNode(child(key), get(key));
    }

    String string(String key, String fallback) {
        JsonNode v = get(key);
        if (v == null) {
            return fallback;
        }
        if (!v.isValueNode()) {
            throw new ConfigException(child(key) + ": expected a text value, found " + describe(v));
        }
        return v.asText();
    }

    String requiredString(String key) {
        String s = string(key, null);
        if (s == null || s.isBlank()) {
            throw new ConfigException(child(key) + ": is required");
        }
        return s;
    }

    boolean bool(String key, boolean fallback) {
        JsonNode v = get(key);
        if (v == null) {
            return fallback;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        String s = v.asText().strip().toLowerCase(java.util.Locale.ROOT);
        return switch (s) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new ConfigException(child(key) + ": expected true or false, found '" + v.asText() + "'");
        };
    }

    int integer(String key, int fallback, int min, int max) {
        JsonNode v = get(key);
        if (v == null) {
            return fallback;
        }
        long n;
        if (v.isIntegralNumber()) {
            n = v.longValue();
        } else {
            try {
                n = Long.parseLong(v.asText().strip());
            } catch (NumberFormatException e) {
                throw new ConfigException(child(key) + ": expected a whole number, found '" + v.asText() + "'");
            }
        }
        if (n < min || n > max) {
            throw new ConfigException(child(key) + ": " + n + " is out of range (" + min + " to " + max + ")");
        }
        return (int) n;
    }

    Duration duration(String key, Duration fallback) {
        JsonNode v = get(key);
        if (v == null) {
            return fallback;
        }
        if (v.isIntegralNumber()) {
            // a bare number is ambiguous; ask for a unit rather than guess seconds or minutes
            throw new ConfigException(child(key) + ": '" + v.asText() + "' needs a unit (e.g. 30s, 10m, 2h, 1d)");
        }
        return Durations.parse(v.asText()).orElseThrow(() -> new ConfigException(
                child(key) + ": bad duration '" + v.asText() + "' (use e.g. 30s, 10m, 2h, 1d)"));
    }

    long size(String key, long fallback) {
        JsonNode v = get(key);
        if (v == null) {
            return fallback;
        }
        return DataSizes.parse(v.asText()).orElseThrow(() -> new ConfigException(
                child(key) + ": bad size '" + v.asText() + "' (use e.g. 512KB, 10MB, 1GB)"));
    }

    /** An absolute http(s) URL. */
    String httpUrl(String key, String fallback) {
        String s = string(key, fallback);
        if (s == null || s.isEmpty()) {
            return s;
        }
        checkHttpUrl(child(key), s);
        return s;
    }

    static void checkHttpUrl(String where, String s) {
        try {
            URI u = new URI(s.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
                throw new ConfigException(where + ": '" + s + "' is not an absolute http(s) URL");
            }
        } catch (java.net.URISyntaxException e) {
            throw new ConfigException(where + ": '" + s + "' is not a valid URL (" + e.getReason() + ")");
        }
    }

    List<String> strings(String key) {
        JsonNode v = get(key);
        List<String> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (v.isValueNode()) {
            // "a, b" and a single value are both accepted: env overrides can only set scalars
            for (String part : v.asText().split(",")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
            return out;
        }
        if (!v.isArray()) {
            throw new ConfigException(child(key) + ": expected a list, found " + describe(v));
        }
        int i = 0;
        for (JsonNode e : v) {
            if (!e.isValueNode() || e.isNull()) {
                throw new ConfigException(child(key) + "[" + i + "]: expected a text value, found " + describe(e));
            }
            out.add(e.asText());
            i++;
        }
        return out;
    }

    /** The elements of a list of mappings, each as a node whose path names its index. */
    List<ConfigNode> list(String key) {
        JsonNode v = get(key);
        List<ConfigNode> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (!v.isArray()) {
            throw new ConfigException(child(key) + ": expected a list, found " + describe(v));
        }
        int i = 0;
        for (JsonNode e : v) {
            out.add(new ConfigNode(child(key) + "[" + i + "]", e));
            i++;
        }
        return out;
    }

    /** The keys of a mapping whose keys are names chosen by the user (e.g. topic ids). */
    List<String> userKeys() {
        List<String> keys = new ArrayList<>();
        if (node != null && node.isObject()) {
            node.fieldNames().forEachRemaining(keys::add);
        }
        read.addAll(keys);
        return keys;
    }

    /** Fails naming the first key of this mapping that nothing read. */
    void finish() {
        if (node == null || !node.isObject()) {
            return;
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String k = names.next();
            if (!read.contains(k)) {
                throw new ConfigException(child(k) + ": unknown key" + (read.isEmpty() ? "" : " (known here: "
                        + String.join(", ", read) + ")"));
            }
        }
    }

    private static String describe(JsonNode v) {
        if (v.isArray()) {
            return "a list";
        }
        if (v.isObject()) {
            return "a mapping";
        }
        return "'" + v.asText() + "'";
    }
}
