package dev.newsdesk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.newsdesk.config.ConfigLoader;
import dev.newsdesk.config.NewsdeskConfig;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The container files, checked without a Docker engine: {@code docker-compose.yml} is valid YAML of the expected
 * shape, and the environment it gives newsdesk is a configuration newsdesk accepts (every NEWSDESK_ key exists).
 */
class PackagingTest {
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z_]+)(:?[-?][^}]*)?}");

    @Test
    void composeRunsNewsdeskOnPostgresql17WithHealthChecksAVolumeAndNoSecretsInTheFile() throws Exception {
        JsonNode compose = new ObjectMapper(new YAMLFactory()).readTree(Path.of("docker-compose.yml").toFile());
        JsonNode pg = compose.path("services").path("postgres");
        JsonNode app = compose.path("services").path("newsdesk");
        assertThat(pg.path("image").asText()).isEqualTo("postgres:17");
        assertThat(pg.path("healthcheck").path("test").toString()).contains("pg_isready");
        assertThat(pg.path("volumes").get(0).asText()).startsWith("pgdata:");
        assertThat(compose.path("volumes").has("pgdata")).isTrue();
        assertThat(app.path("build").asText()).isEqualTo(".");
        assertThat(app.path("depends_on").path("postgres").path("condition").asText()).isEqualTo("service_healthy");
        assertThat(app.path("healthcheck").path("test").toString()).contains("/healthz");
        assertThat(app.path("ports").get(0).asText()).isEqualTo("8080:8080");

        // the store newsdesk is pointed at is the database and user PostgreSQL is started with
        JsonNode env = app.path("environment");
        String db = pg.path("environment").path("POSTGRES_DB").asText();
        String user = pg.path("environment").path("POSTGRES_USER").asText();
        assertThat(env.path("NEWSDESK_STORAGE_URL").asText()).isEqualTo("jdbc:postgresql://postgres:5432/" + db);
        assertThat(env.path("NEWSDESK_STORAGE_USER").asText()).isEqualTo(user);
        assertThat(env.path("NEWSDESK_STORAGE_PASSWORD").asText())
                .isEqualTo(pg.path("environment").path("POSTGRES_PASSWORD").asText()).startsWith("${");
        assertThat(env.path("NEWSDESK_TELEGRAM_TOKEN").asText()).startsWith("${");
    }

    @Test
    void theEnvironmentComposeGivesIsAConfigurationNewsdeskAccepts() throws Exception {
        JsonNode env = new ObjectMapper(new YAMLFactory()).readTree(Path.of("docker-compose.yml").toFile())
                .path("services").path("newsdesk").path("environment");
        Map<String, String> vars = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = env.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            vars.put(e.getKey(), substitute(e.getValue().asText()));
        }
        // as in the image: the config file in /config comes from config/newsdesk.yml
        NewsdeskConfig c = ConfigLoader.load(Path.of("config/newsdesk.yml"), vars).config();
        assertThat(c.storage().url()).startsWith("jdbc:postgresql://postgres:5432/");
        assertThat(c.storage().password()).isEqualTo("value-of-POSTGRES_PASSWORD");
        assertThat(c.telegram().token()).isEqualTo("value-of-NEWSDESK_TELEGRAM_TOKEN");
        assertThat(c.logging().json()).isTrue();
        assertThat(c.http().port()).isEqualTo(8080);
        assertThat(Files.readString(Path.of(".env.example"))).contains("POSTGRES_PASSWORD=", "NEWSDESK_TELEGRAM_TOKEN=");
    }

    /** Compose's ${VAR}, ${VAR:-default} and ${VAR:?message}, with a recognisable value for each variable. */
    private static String substitute(String value) {
        Matcher m = VARIABLE.matcher(value);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, "value-of-" + m.group(1));
        }
        return m.appendTail(b).toString();
    }
}
