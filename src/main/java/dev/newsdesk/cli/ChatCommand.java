package dev.newsdesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/** {@code chat}: the console chat over the same store, as the operator's private chat, until the end of input. */
@Command(name = "chat", mixinStandardHelpOptions = true,
        description = "Chat on the console over the same store: type /help, /digest, /latest 5, ... (end with Ctrl-D).")
final class ChatCommand implements Callable<Integer> {
    @Mixin
    ConfigOption config;

    @Override
    public Integer call() {
        try (Wiring wiring = Wiring.open(config.load().config())) {
            Wiring.Chat chat = wiring.chat(false);
            // alerts for the console chat are delivered while it runs
            chat.delivery().start();
            chat.console().serve(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
            return 0;
        }
    }
}
