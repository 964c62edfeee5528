package dev.newsdesk.adapter.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.newsdesk.config.ConfigException;
import dev.newsdesk.config.StorageSettings;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The store's connection pool, migrated to the newest schema on open. SQLite runs in WAL mode with write
 * transactions that take the write lock up front (BEGIN IMMEDIATE), so concurrent writers wait for each other
 * (busy timeout) instead of failing on lock upgrade.
 */
public final class Database implements AutoCloseable {
    private final HikariDataSource pool;
    private final boolean sqlite;
    /** SQLite's one writer at a time, taken in the process (see {@link Jdbc}). */
    private final ReentrantLock sqliteWrites = new ReentrantLock(true);

    private Database(HikariDataSource pool, boolean sqlite) {
        this.pool = pool;
        this.sqlite = sqlite;
    }

    /** The JDBC helper every repository of this store shares its write order through. */
    Jdbc jdbc() {
        return new Jdbc(pool, sqlite ? sqliteWrites : null);
    }

    /** A transaction left open on PostgreSQL by a client that stopped answering is ended by the server after this. */
    public static final Duration DEFAULT_IDLE_TRANSACTION_LIMIT = Duration.ofSeconds(30);

    /** Opens (creating the SQLite file and its folder when needed) and migrates the store. */
    public static Database open(StorageSettings settings) {
        return open(settings, DEFAULT_IDLE_TRANSACTION_LIMIT);
    }

    /**
     * Opens and migrates the store.
     *
     * @param idleTransactionLimit on PostgreSQL, how long the server keeps a transaction whose client went silent
     *                             (a hung or partitioned instance) before ending it: its row locks would otherwise
     *                             hide the rows it claimed from every other instance ({@code SKIP LOCKED}) for as
     *                             long as the connection lives. Every newsdesk transaction takes milliseconds, so the
     *                             lease length is a safe limit.
     */
    public static Database open(StorageSettings settings, Duration idleTransactionLimit) {
        HikariConfig hc = new HikariConfig();
        hc.setPoolName("store");
        // Flyway holds a second connection for its lock on PostgreSQL: a pool of one would wait for itself
        hc.setMaximumPoolSize(settings.isPostgres() ? Math.max(2, settings.poolSize()) : settings.poolSize());
        hc.setMinimumIdle(1);
        hc.setConnectionTimeout(30_000);
        boolean sqlite = settings.isSqlite();
        if (sqlite) {
            hc.setDataSource(sqliteDataSource(settings.url()));
        } else {
            hc.setJdbcUrl(settings.url());
            hc.setConnectionInitSql("SET idle_in_transaction_session_timeout = " + idleTransactionLimit.toMillis());
            if (!settings.user().isEmpty()) {
                hc.setUsername(settings.user());
            }
            if (!settings.password().isEmpty()) {
                hc.setPassword(settings.password());
            }
        }
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(hc);
        } catch (RuntimeException e) {
            throw new ConfigException("storage.url: cannot open " + redact(settings.url()) + ": " + rootMessage(e), e);
        }
        Database db = new Database(pool, sqlite);
        try {
            db.migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return db;
    }

    public DataSource dataSource() {
        return pool;
    }

    /** One round trip to the store ({@code SELECT 1}); throws {@link StoreException} when it does not answer. */
    public void ping() {
        new Jdbc(pool).count("SELECT 1");
    }

    public boolean isSqlite() {
        return sqlite;
    }

    private void migrate() {
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .loggers("slf4j")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new IllegalStateException("store: migration failed: " + e.getMessage(), e);
        }
    }

    private static DataSource sqliteDataSource(String url) {
        String file = url.substring("jdbc:sqlite:".length());
        int q = file.indexOf('?');
        String path = q >= 0 ? file.substring(0, q) : file;
        if (!path.isEmpty() && !path.equals(":memory:") && !path.startsWith("file:")) {
            Path parent = Path.of(path).toAbsolutePath().getParent();
            try {
                if (parent != null) {
                    Files.createDirectories(parent);
                }
            } catch (IOException e) {
                throw new ConfigException("storage.url: cannot create the folder " + parent + ": " + e.getMessage());
            }
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // NORMAL with WAL is durable across process crashes; only an OS crash can lose the last transactions
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(30_000);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.enforceForeignKeys(true);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl(url);
        return ds;
    }

    /** The URL with any password parameter masked, for messages and logs. */
    public static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1****");
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    @Override
    public void close() {
        pool.close();
    }
}
