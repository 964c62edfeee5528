package dev.newsdesk.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the effective configuration: the defaults in the jar ({@code newsdesk-defaults.yml}), overridden key by key
 * by the user's file (mappings merge; a list replaces the default list), then by {@code NEWSDESK_*} environment
 * variables for single values. Validation names the key: {@code sources[2].interval: bad duration '10x'}.
 */
public final class ConfigLoader {
    /** The environment variable prefix; {@code NEWSDESK_CONFIG} names the config file instead of a key. */
    public static final String ENV_PREFIX = "NEWSDESK_";
    public static final String ENV_CONFIG_FILE = "NEWSDESK_CONFIG";
    private static final String DEFAULTS = "/newsdesk-defaults.yml";
    private static final Set<String> SECRET_KEYS =
            Set.of("token", "bot-token", "app-token", "signing-secret", "api-key", "password", "webhook-secret");

    private final ObjectMapper yaml;
    private final JsonNode tree;
    private final NewsdeskConfig config;

    private ConfigLoader(JsonNode tree) {
        this.yaml = yamlMapper();
        this.tree = tree;
        this.config = ConfigBinder.bind(tree);
    }

    /**
     * Loads the configuration.
     *
     * @param file the user's YAML file, or null for the defaults alone
     * @param env  the environment (normally {@code System.getenv()})
     * @throws ConfigException naming the key and the problem
     */
    public static ConfigLoader load(Path file, Map<String, String> env) {
        ObjectMapper mapper = yamlMapper();
        ObjectNode merged = readDefaults(mapper);
        if (file != null) {
            JsonNode user = readFile(mapper, file);
            if (user != null && !user.isNull() && !user.isMissingNode()) {
                if (!user.isObject()) {
                    throw new ConfigException(file + ": expected a mapping of keys at the top level");
                }
                merge(merged, (ObjectNode) user);
            }
        }
        applyEnv(merged, env);
        return new ConfigLoader(merged);
    }

    public NewsdeskConfig config() {
        return config;
    }

    /** The effective configuration as YAML, with every secret replaced by {@code ****} (or empty when unset). */
    public String maskedYaml() {
        JsonNode copy = tree.deepCopy();
        mask(copy);
        try {
            return yaml.writeValueAsString(copy);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("config: cannot print the configuration", e);
        }
    }

    private static ObjectMapper yamlMapper() {
        YAMLFactory f = YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .build();
        return new ObjectMapper(f);
    }

    private static ObjectNode readDefaults(ObjectMapper mapper) {
        try (InputStream in = ConfigLoader.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException("config: " + DEFAULTS + " is missing from the jar");
            }
            return (ObjectNode) mapper.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("config: cannot read the built-in defaults", e);
        }
    }

    private static JsonNode readFile(ObjectMapper mapper, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(file + ": no such config file");
        }
        try {
            return mapper.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new ConfigException(file + ": not valid YAML" + where + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** Mappings merge key by key; anything else (lists, values) replaces what was there. */
    private static void merge(ObjectNode base, ObjectNode over) {
        Iterator<Map.Entry<String, JsonNode>> fields = over.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            JsonNode existing = base.get(f.getKey());
            if (existing instanceof ObjectNode eo && f.getValue() instanceof ObjectNode vo) {
                merge(eo, vo);
            } else {
                base.set(f.getKey(), f.getValue());
            }
        }
    }

    private static void applyEnv(ObjectNode tree, Map<String, String> env) {
        // sorted, so that the first bad variable named is the same on every run
        for (Map.Entry<String, String> e : new TreeMap<>(env).entrySet()) {
            String name = e.getKey();
            if (!name.startsWith(ENV_PREFIX) || name.equals(ENV_CONFIG_FILE)) {
                continue;
            }
            String rest = name.substring(ENV_PREFIX.length());
            if (!setByEnvName(tree, rest, e.getValue(), "")) {
                throw new ConfigException(name + ": no configuration key has this name (e.g. NEWSDESK_TELEGRAM_TOKEN "
                        + "sets telegram.token)");
            }
        }
    }

    private static boolean setByEnvName(ObjectNode node, String rest, String value, String path) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            String envName = f.getKey().toUpperCase(Locale.ROOT).replace('-', '_').replace('.', '_');
            String keyPath = path.isEmpty() ? f.getKey() : path + "." + f.getKey();
            if (rest.equals(envName)) {
                if (f.getValue().isContainerNode() && !f.getValue().isArray()) {
                    throw new ConfigException(ENV_PREFIX + rest + ": " + keyPath + " is a section, not a single value");
                }
                node.set(f.getKey(), TextNode.valueOf(value));
                return true;
            }
            if (rest.startsWith(envName + "_") && f.getValue() instanceof ObjectNode child
                    && setByEnvName(child, rest.substring(envName.length() + 1), value, keyPath)) {
                return true;
            }
        }
        return false;
    }

    private static void mask(JsonNode node) {
        if (node instanceof ObjectNode o) {
            Iterator<Map.Entry<String, JsonNode>> fields = o.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                if (SECRET_KEYS.contains(f.getKey()) && f.getValue().isValueNode()) {
                    f.setValue(TextNode.valueOf(f.getValue().asText().isEmpty() ? "" : "****"));
                } else {
                    mask(f.getValue());
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(ConfigLoader::mask);
        }
    }
}
