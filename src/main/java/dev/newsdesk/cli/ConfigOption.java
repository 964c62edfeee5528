package dev.newsdesk.cli;

import dev.newsdesk.config.ConfigLoader;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/** The {@code --config FILE} option every command takes. */
final class ConfigOption {
    static final Path DEFAULT_FILE = Path.of("config", "newsdesk.yml");

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "YAML configuration (default: $NEWSDESK_CONFIG, else config/newsdesk.yml when present, "
                    + "else the built-in defaults)")
    Path file;

    /** Loads the configuration named on the command line, or the default one. */
    ConfigLoader load() {
        return ConfigLoader.load(resolve(), System.getenv());
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
