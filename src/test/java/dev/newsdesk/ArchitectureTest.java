package dev.newsdesk;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps platforms at the edge: the core imports nothing but the JDK (and no I/O), use cases import no adapter or
 * library but SLF4J, and adapters never reach into the command line.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/dev/newsdesk");
    private static final Pattern IMPORT = Pattern.compile("^import (static )?([\\w.]+)", Pattern.MULTILINE);

    @Test
    void theCoreKnowsOnlyTheJdkAndItself() throws IOException {
        assertThat(violations("core", "java.", "dev.newsdesk.core.")).isEmpty();
        assertThat(imports("core")).as("no I/O in the core")
                .noneMatch(i -> i.matches(".*: java\\.(io|sql|nio\\.file|net\\.http)\\..*"));
    }

    @Test
    void useCasesDependOnPortsNotOnAdapters() throws IOException {
        assertThat(violations("app", "java.", "dev.newsdesk.core.", "dev.newsdesk.app.", "org.slf4j.")).isEmpty();
    }

    @Test
    void picturesAreDrawnOnlyAtTheEdge() throws IOException {
        List<String> inner = new ArrayList<>(imports("core"));
        inner.addAll(imports("app"));
        assertThat(inner).as("AWT, ImageIO and JFreeChart stay in adapter.chart")
                .noneMatch(i -> i.matches(".*: (java\\.awt|javax\\.imageio|javax\\.swing|org\\.jfree)\\..*"));
    }

    @Test
    void adaptersDoNotReachIntoTheCommandLine() throws IOException {
        List<String> bad = new ArrayList<>();
        for (String imp : imports("adapter")) {
            if (imp.contains("dev.newsdesk.cli.")) {
                bad.add(imp);
            }
        }
        assertThat(bad).isEmpty();
    }

    /** Imports in the package that start with none of the allowed prefixes. */
    private static List<String> violations(String pkg, String... allowed) throws IOException {
        List<String> bad = new ArrayList<>();
        for (String imp : imports(pkg)) {
            String name = imp.substring(imp.indexOf(": ") + 2);
            boolean ok = false;
            for (String a : allowed) {
                ok |= name.startsWith(a);
            }
            if (allowed.length > 0 && !ok) {
                bad.add(imp);
            }
        }
        return bad;
    }

    private static List<String> imports(String pkg) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN.resolve(pkg))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = IMPORT.matcher(Files.readString(f));
                while (m.find()) {
                    out.add(MAIN.relativize(f) + ": " + m.group(2));
                }
            }
        }
        return out;
    }
}
