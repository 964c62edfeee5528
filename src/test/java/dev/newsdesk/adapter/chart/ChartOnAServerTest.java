package dev.newsdesk.adapter.chart;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Charts drawn in a fresh JVM started the way a server starts the bot: without {@code -Djava.awt.headless}, with a
 * DISPLAY that no X server answers, and (where the test may hide them) without any fonts.
 */
class ChartOnAServerTest {
    @TempDir
    Path dir;

    private record Run(int exit, String output) {
    }

    private Run run(List<String> prefix, Map<String, String> env, Path png) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(prefix);
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(RenderChart.class.getName());
        cmd.add(png.toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chart JVM did not finish");
        }
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    @Test
    void aStaleDisplayIsNeverAskedForTheRendererIsHeadless() throws Exception {
        Path png = dir.resolve("chart.png");
        // were AWT not headless, it would try to open this display and fail
        Run r = run(List.of(), Map.of("DISPLAY", "127.0.0.1:97"), png);
        assertThat(r.exit()).as(r.output()).isZero();
        assertThat(r.output()).contains("headless=true");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isEqualTo(500);
    }

    @Test
    void aMachineWithoutFontsGetsAMessageThatSaysWhatToInstall() throws Exception {
        // hides the system fonts in a private mount namespace; needs root and util-linux, else there is no such
        // machine to be had here
        assumeTrue(canHideFonts(), "cannot hide /usr/share/fonts here (needs root and unshare)");
        Path png = dir.resolve("chart.png");
        String script = "mount -t tmpfs none /usr/share/fonts && exec \"$@\"";
        Run r = run(List.of("unshare", "-m", "sh", "-c", script, "sh"), Map.of(), png);
        assertThat(r.exit()).as(r.output()).isEqualTo(3);
        assertThat(r.output()).contains("cannot draw text", "fontconfig", "fonts-dejavu-core");
        assertThat(png).doesNotExist();
    }

    private static boolean canHideFonts() {
        if (!Files.isDirectory(Path.of("/usr/share/fonts"))) {
            return false;
        }
        try {
            Process p = new ProcessBuilder("unshare", "-m", "sh", "-c", "mount -t tmpfs none /usr/share/fonts")
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
