package dev.newsdesk.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the newsdesk command line as a real process, on the test class path, with a clean environment. */
public final class NewsdeskProcess {
    private final Path workDir;

    public NewsdeskProcess(Path workDir) {
        this.workDir = workDir;
    }

    /** The result of a finished command. */
    public record Result(int exitCode, String out, String err) {
    }

    /** Starts {@code newsdesk args...} with stdin from {@code stdin} (may be null). */
    public Process start(Map<String, String> env, String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "dev.newsdesk.cli.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile());
        // no NEWSDESK_* from the developer's shell, and no locale: output must be UTF-8 regardless
        pb.environment().keySet().removeIf(k -> k.startsWith("NEWSDESK_") || k.startsWith("LC_") || k.equals("LANG"));
        pb.environment().putAll(env);
        pb.redirectOutput(workDir.resolve("stdout.txt").toFile());
        pb.redirectError(workDir.resolve("stderr.txt").toFile());
        return pb.start();
    }

    /** Runs {@code newsdesk args...} to the end (at most a minute). */
    public Result run(String... args) throws IOException, InterruptedException {
        return run(Map.of(), args);
    }

    public Result run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        Process p = start(env, args);
        p.getOutputStream().close();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("newsdesk " + String.join(" ", args) + " did not finish in 60 s");
        }
        return new Result(p.exitValue(), stdout(), stderr());
    }

    public String stdout() throws IOException {
        return Files.readString(workDir.resolve("stdout.txt"), StandardCharsets.UTF_8);
    }

    public String stderr() throws IOException {
        return Files.readString(workDir.resolve("stderr.txt"), StandardCharsets.UTF_8);
    }
}
