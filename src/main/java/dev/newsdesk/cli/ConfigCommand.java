package dev.newsdesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** {@code config}: the effective configuration, secrets masked. Exits 2 naming the key when it is invalid. */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = "Print the effective configuration (defaults + file + environment), secrets masked.")
final class ConfigCommand implements Callable<Integer> {
    @Mixin
    ConfigOption config;

    @Override
    public Integer call() {
        System.out.print(config.load().maskedYaml());
        return 0;
    }
}
