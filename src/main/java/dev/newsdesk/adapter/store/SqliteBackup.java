package dev.newsdesk.adapter.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.sqlite.SQLiteConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An online backup of the SQLite store: {@code VACUUM INTO} copies the database as of one read transaction into a
 * new, compact file while other connections (a running bot) go on reading and writing; in WAL mode the copy neither
 * blocks them nor sees half of a write. The copy is written beside the target and moved into place only after it
 * opened and passed SQLite's quick check, so a failed backup never leaves a partial file under the target's name.
 */
public final class SqliteBackup {
    /** The tables whose rows are counted in the copy: what must never be lost. */
    static final List<String> COUNTED = List.of("sources", "items", "stories", "chats", "subscriptions", "schedules",
            "outbox");

    private SqliteBackup() {
    }

    /** What was written: the file, its size, rows per table in the copy, and how long it took. */
    public record Copy(Path file, long bytes, Map<String, Long> rows, Duration took) {
    }

    /**
     * Copies the store at {@code sqliteUrl} ({@code jdbc:sqlite:FILE}) to {@code target}.
     *
     * @param replace whether an existing {@code target} may be replaced
     * @throws IOException when the store is missing, the target exists (and may not be replaced), or the copy
     *                     fails or does not check out
     */
    public static Copy backup(String sqliteUrl, Path target, boolean replace) throws IOException {
        long start = System.nanoTime();
        Path source = Path.of(fileOf(sqliteUrl)).toAbsolutePath();
        if (!Files.isRegularFile(source)) {
            throw new IOException("no SQLite store at " + source);
        }
        Path dest = target.toAbsolutePath();
        if (Files.exists(dest) && !replace) {
            throw new IOException(target + " exists (use --force to replace it)");
        }
        if (dest.normalize().equals(source.normalize())) {
            throw new IOException(target + " is the store itself");
        }
        if (dest.getParent() == null || !Files.isDirectory(dest.getParent())) {
            throw new IOException("no folder " + dest.getParent() + " for " + target);
        }
        Path tmp = dest.resolveSibling("." + dest.getFileName() + ".partial");
        Files.deleteIfExists(tmp);
        try {
            SQLiteConfig config = new SQLiteConfig();
            // the running bot may hold a lock for a moment: wait, as its own connections do
            config.setBusyTimeout(30_000);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + source, config.toProperties());
                 PreparedStatement vacuum = c.prepareStatement("VACUUM INTO ?")) {
                vacuum.setString(1, tmp.toString());
                vacuum.execute();
            }
            Map<String, Long> rows = check(tmp);
            Files.move(tmp, dest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Copy(target, Files.size(dest), rows, Duration.ofNanos(System.nanoTime() - start));
        } catch (SQLException e) {
            throw new IOException("backup of " + source + " failed: " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Opens the copy, runs SQLite's quick check and counts the rows that matter. */
    private static Map<String, Long> check(Path copy) throws SQLException, IOException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy);
             Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
                String result = rs.next() ? rs.getString(1) : "no answer";
                if (!"ok".equals(result)) {
                    throw new IOException("the copy failed SQLite's quick check: " + result);
                }
            }
            Map<String, Long> rows = new LinkedHashMap<>();
            for (String table : COUNTED) {
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rows.put(table, rs.next() ? rs.getLong(1) : 0);
                }
            }
            return rows;
        }
    }

    /** The file of a {@code jdbc:sqlite:} URL, without URL parameters. */
    static String fileOf(String url) {
        String file = url.substring("jdbc:sqlite:".length());
        int q = file.indexOf('?');
        file = q >= 0 ? file.substring(0, q) : file;
        if (file.isEmpty() || file.equals(":memory:") || file.startsWith("file:")) {
            throw new IllegalArgumentException("storage.url: '" + url + "' is not a plain SQLite file path");
        }
        return file;
    }
}
