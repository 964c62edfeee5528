package dev.newsdesk.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** {@code java -jar newsdesk.jar <command>}: the entry point. */
@Command(name = "newsdesk", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "News-intelligence bot for teams: feeds and pages in, digests and alerts out.",
        subcommands = {RunCommand.class, ChatCommand.class, DigestCommand.class, PollCommand.class, IngestCommand.class,
                ParseCommand.class, ExtractCommand.class, SummarizeCommand.class, ImpactCommand.class,
                SourcesCommand.class, ConfigCommand.class, CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs one command line and returns its exit code (0 fine, 1 failed, 2 bad input). */
    public static int execute(String... args) {
        // UTF-8 whatever the locale: Java 17 would print '?' for non-ASCII text when LANG is unset
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.setOut(out);
        System.setErr(err);
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler(new Errors());
        return cli.execute(args);
    }

    /** Bad input ends with one line naming the problem; anything else with the error and a stack trace in the log. */
    static final class Errors implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
            if (e instanceof UserError || e instanceof dev.newsdesk.config.ConfigException
                    || e instanceof IllegalArgumentException || e instanceof java.io.UncheckedIOException) {
                cmd.getErr().println("newsdesk " + cmd.getCommandName() + ": " + e.getMessage());
                return 2;
            }
            org.slf4j.LoggerFactory.getLogger(Main.class).error("{} failed", cmd.getCommandName(), e);
            cmd.getErr().println("newsdesk " + cmd.getCommandName() + ": " + e);
            return 1;
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"newsdesk " + (v == null ? "dev" : v)};
        }
    }
}
