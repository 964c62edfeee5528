package dev.newsdesk.cli;

import dev.newsdesk.adapter.logging.LogLayout;
import dev.newsdesk.adapter.logging.SecretMask;
import dev.newsdesk.config.ConfigLoader;
import dev.newsdesk.config.NewsdeskConfig;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** The {@code --config FILE} option every command takes. */
final class ConfigOption {
    static final Path DEFAULT_FILE = Path.of("config", "newsdesk.yml");

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "YAML configuration (default: $NEWSDESK_CONFIG, else config/newsdesk.yml when present, "
                    + "else the built-in defaults)")
    Path file;

    /**
     * Loads the configuration named on the command line, or the default one, and sets up logging from it: the
     * format, and the secrets never to print.
     */
    ConfigLoader load() {
        ConfigLoader loaded = ConfigLoader.load(resolve(), System.getenv());
        NewsdeskConfig c = loaded.config();
        SecretMask.register(Arrays.asList(c.telegram().token(), c.telegram().webhookSecret(), c.slack().botToken(),
                c.slack().appToken(), c.slack().signingSecret(), c.summarizer().apiKey(), c.storage().password()));
        LogLayout.useJson(c.logging().json());
        return loaded;
    }

    private Path resolve() {
        if (file != null) {
            return file;
        }
        String env = System.getenv(ConfigLoader.ENV_CONFIG_FILE);
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Files.isRegularFile(DEFAULT_FILE) ? DEFAULT_FILE : null;
    }
}
