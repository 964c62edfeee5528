package dev.newsdesk.config;

import dev.newsdesk.core.source.SourceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    private Path yaml(String text) throws IOException {
        Path f = dir.resolve("newsdesk.yml");
        Files.writeString(f, text);
        return f;
    }

    private static NewsdeskConfig load(Path file, Map<String, String> env) {
        return ConfigLoader.load(file, env).config();
    }

    @Test
    void theBuiltInDefaultsAreAWorkingConfiguration() {
        NewsdeskConfig c = load(null, Map.of());
        assertThat(c.storage().url()).isEqualTo("jdbc:sqlite:data/newsdesk.db");
        assertThat(c.fetch().maxBody()).isEqualTo(10L * 1024 * 1024);
        assertThat(c.fetch().timeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(c.sources()).hasSizeGreaterThanOrEqualTo(10).allMatch(s -> s.trusted() && s.enabled());
        assertThat(c.topics()).containsKeys("ai-alliances", "market-impact", "ai-policy", "crypto", "chips",
                "geopolitics");
        assertThat(c.watchlist()).contains("Nvidia");
        assertThat(c.telegram().enabled()).isFalse();
    }

    @Test
    void aUserFileOverridesKeyByKeyAndListsReplace() throws IOException {
        NewsdeskConfig c = load(yaml("""
                fetch:
                  timeout: 5s
                sources:
                  - id: gtw
                    name: Global Tech Wire
                    url: https://example.com/feed.xml
                    interval: 3s
                  - id: some-page
                    url: https://example.com/news
                    type: html
                    select: {item: "article", title: "h2", link: "h2 a", date: "time", summary: "p"}
                """), Map.of());
        assertThat(c.fetch().timeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(c.fetch().maxBody()).isEqualTo(10L * 1024 * 1024);
        assertThat(c.sources()).hasSize(2);
        assertThat(c.sources().get(0).interval()).isEqualTo(Duration.ofSeconds(3));
        assertThat(c.sources().get(1).type()).isEqualTo(SourceType.HTML);
        assertThat(c.sources().get(1).selectors().link()).isEqualTo("h2 a");
        assertThat(c.topics()).containsKey("ai-alliances");
    }

    @Test
    void environmentVariablesOverrideSingleValues() {
        NewsdeskConfig c = load(null, Map.of(
                "NEWSDESK_TELEGRAM_TOKEN", "123:abc",
                "NEWSDESK_FETCH_ALLOW_PRIVATE_NETWORKS", "true",
                "NEWSDESK_FETCH_MAX_BODY", "2MB",
                "NEWSDESK_TOPICS_AI_ALLIANCES_NAME", "Alliances",
                "NEWSDESK_CONFIG", "ignored.yml",
                "PATH", "/usr/bin"));
        assertThat(c.telegram().token()).isEqualTo("123:abc");
        assertThat(c.telegram().enabled()).isTrue();
        assertThat(c.fetch().allowPrivateNetworks()).isTrue();
        assertThat(c.fetch().maxBody()).isEqualTo(2L * 1024 * 1024);
        assertThat(c.topics().get("ai-alliances").name()).isEqualTo("Alliances");
    }

    @Test
    void anUnknownEnvironmentKeyIsNamed() {
        assertThatThrownBy(() -> load(null, Map.of("NEWSDESK_TELEGRAM_TOKN", "x")))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("NEWSDESK_TELEGRAM_TOKN:");
    }

    @Test
    void secretsAreMaskedWhenPrinted() {
        String printed = ConfigLoader.load(null, Map.of("NEWSDESK_TELEGRAM_TOKEN", "123:secret-token",
                "NEWSDESK_SLACK_BOT_TOKEN", "xoxb-secret")).maskedYaml();
        assertThat(printed).doesNotContain("123:secret-token").doesNotContain("xoxb-secret").contains("token: '****'").contains("bot-token: '****'")
                .contains("jdbc:sqlite:data/newsdesk.db");
    }

    @Test
    void theLeaseOfSeveralInstancesIsCheckedAndStoragePasswordsAreMasked() throws IOException {
        assertThat(load(null, Map.of()).instance().lease()).isEqualTo(java.time.Duration.ofSeconds(30));
        assertThat(load(yaml("instance:\n  lease: 45s\n"), Map.of()).instance().lease())
                .isEqualTo(java.time.Duration.ofSeconds(45));
        assertThatThrownBy(() -> load(yaml("instance:\n  lease: 500ms\n"), Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("instance.lease: 0.5 s is out of range");
        assertThatThrownBy(() -> load(yaml("instance:\n  lease: 1h\n"), Map.of()))
                .hasMessageStartingWith("instance.lease:");
        String printed = ConfigLoader.load(null, Map.of("NEWSDESK_STORAGE_URL", "jdbc:postgresql://db/newsdesk",
                "NEWSDESK_STORAGE_PASSWORD", "pg-secret")).maskedYaml();
        assertThat(printed).doesNotContain("pg-secret").contains("jdbc:postgresql://db/newsdesk");
    }

    @Test
    void unknownKeysAreErrorsThatNameThem() throws IOException {
        assertThatThrownBy(() -> load(yaml("fetch:\n  timout: 5s\n"), Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("fetch.timout: unknown key");
        assertThatThrownBy(() -> load(yaml("telegrm:\n  token: x\n"), Map.of()))
                .hasMessageStartingWith("telegrm: unknown key");
        assertThatThrownBy(() -> load(yaml("sources:\n  - {id: a, url: 'https://a.example/', intervl: 3s}\n"),
                Map.of())).hasMessageStartingWith("sources[0].intervl: unknown key");
    }

    @Test
    void badValuesAreErrorsThatNameTheKey() throws IOException {
        assertThatThrownBy(() -> load(yaml("fetch:\n  timeout: soon\n"), Map.of()))
                .hasMessage("fetch.timeout: bad duration 'soon' (use e.g. 30s, 10m, 2h, 1d)");
        assertThatThrownBy(() -> load(yaml("fetch:\n  timeout: 30\n"), Map.of()))
                .hasMessageStartingWith("fetch.timeout: '30' needs a unit");
        assertThatThrownBy(() -> load(yaml("fetch:\n  max-body: lots\n"), Map.of()))
                .hasMessageStartingWith("fetch.max-body: bad size 'lots'");
        assertThatThrownBy(() -> load(yaml("sources:\n  - {id: a, url: 'not a url'}\n"), Map.of()))
                .hasMessageStartingWith("sources[0].url:");
        assertThatThrownBy(() -> load(yaml("sources:\n  - {id: a, url: 'ftp://x.example/feed'}\n"), Map.of()))
                .hasMessage("sources[0].url: 'ftp://x.example/feed' is not an absolute http(s) URL");
        assertThatThrownBy(() -> load(yaml("""
                sources:
                  - {id: a, url: 'https://a.example/feed'}
                  - {id: a, url: 'https://b.example/feed'}
                """), Map.of())).hasMessage("sources[1].id: duplicate source id 'a'");
        assertThatThrownBy(() -> load(yaml("sources:\n  - {id: 'Bad Id', url: 'https://a.example/'}\n"), Map.of()))
                .hasMessageStartingWith("sources[0].id: 'Bad Id' is not a valid source id");
        assertThatThrownBy(() -> load(yaml("sources:\n  - {id: p, url: 'https://a.example/', type: html}\n"),
                Map.of())).hasMessageStartingWith("sources[0].select: a source of type html needs selectors");
        assertThatThrownBy(() -> load(yaml("fetch:\n  concurrency: 0\n"), Map.of()))
                .hasMessage("fetch.concurrency: 0 is out of range (1 to 1024)");
        assertThatThrownBy(() -> load(yaml("telegram:\n  mode: carrier-pigeon\n"), Map.of()))
                .hasMessageStartingWith("telegram.mode:");
        assertThatThrownBy(() -> load(yaml("digests:\n  - {chat: 'telegram:1', at: 'daily 08:00', "
                + "topics: [nope]}\n"), Map.of())).hasMessageStartingWith("digests[0].topics[0]: unknown topic 'nope'");
    }

    @Test
    void webhookModeNeedsAnHttpsUrlASecretTelegramAcceptsAndTheHttpPort() throws IOException {
        String ok = "telegram:\n  mode: webhook\n  webhook-url: https://bot.example/telegram/webhook\n"
                + "  webhook-secret: s3cret_-X\n";
        NewsdeskConfig c = load(yaml(ok), Map.of());
        assertThat(c.telegram().webhook()).isTrue();
        assertThatThrownBy(() -> load(yaml(ok.replace("https://bot", "http://bot")), Map.of()))
                .hasMessageStartingWith("telegram.webhook-url: webhook mode needs the public https URL");
        assertThatThrownBy(() -> load(yaml(ok.replace("s3cret_-X", "'has spaces and a secret'")), Map.of()))
                .hasMessageStartingWith("telegram.webhook-secret: webhook mode needs a secret")
                .hasMessageNotContaining("has spaces");
        assertThatThrownBy(() -> load(yaml(ok + "http:\n  port: 0\n"), Map.of()))
                .hasMessageStartingWith("telegram.mode: webhook needs the HTTP server");
        // the secret can come from the environment like the token
        assertThat(load(yaml(ok.replace("  webhook-secret: s3cret_-X\n", "")),
                Map.of("NEWSDESK_TELEGRAM_WEBHOOK_SECRET", "from_env")).telegram().webhookSecret())
                .isEqualTo("from_env");
    }

    @Test
    void brokenYamlSaysWhere() throws IOException {
        Path f = yaml("fetch:\n  timeout: [5s\n");
        assertThatThrownBy(() -> load(f, Map.of())).isInstanceOf(ConfigException.class)
                .hasMessageContaining("not valid YAML at line");
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("nope.yml");
        assertThatThrownBy(() -> load(missing, Map.of())).hasMessage(missing + ": no such config file");
    }

    @Test
    void durationsAndSizes() {
        assertThat(Durations.parse("1h30m")).contains(Duration.ofMinutes(90));
        assertThat(Durations.parse("500ms")).contains(Duration.ofMillis(500));
        assertThat(Durations.parse("1d")).contains(Duration.ofDays(1));
        assertThat(Durations.parse("7d")).contains(Duration.ofDays(7));
        assertThat(Durations.parse("10x")).isEmpty();
        assertThat(Durations.parse("")).isEmpty();
        assertThat(Durations.format(Duration.ofMinutes(10))).isEqualTo("10m");
        assertThat(DataSizes.parse("10MB")).hasValue(10L * 1024 * 1024);
        assertThat(DataSizes.parse("512 KB")).hasValue(512L * 1024);
        assertThat(DataSizes.parse("2048")).hasValue(2048);
        assertThat(DataSizes.parse("ten")).isEmpty();
    }
}
