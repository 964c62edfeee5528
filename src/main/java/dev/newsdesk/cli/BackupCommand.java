package dev.newsdesk.cli;

import dev.newsdesk.adapter.store.SqliteBackup;
import dev.newsdesk.config.StorageSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code backup FILE}: an online copy of the SQLite store, safe while {@code run} is running. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Copy the SQLite store to FILE while newsdesk may be running (online, consistent), then check "
                + "the copy. For PostgreSQL use pg_dump.")
final class BackupCommand implements Callable<Integer> {
    @Mixin
    ConfigOption config;

    @Parameters(index = "0", paramLabel = "FILE", description = "the backup file to write")
    Path file;

    @Option(names = "--force", description = "replace FILE if it exists")
    boolean force;

    @Override
    public Integer call() {
        // the store is not opened through Wiring: a backup must not migrate it or sync the config's sources
        StorageSettings storage = config.load().config().storage();
        if (!storage.isSqlite()) {
            throw new UserError("the store is PostgreSQL (storage.url); back it up with pg_dump, e.g. "
                    + "pg_dump --format=custom --file=newsdesk.dump <database>");
        }
        SqliteBackup.Copy copy;
        try {
            copy = SqliteBackup.backup(storage.url(), file, force);
        } catch (IOException e) {
            throw new UserError(e.getMessage());
        }
        StringBuilder rows = new StringBuilder();
        for (Map.Entry<String, Long> r : copy.rows().entrySet()) {
            rows.append(rows.length() == 0 ? "" : ", ").append(r.getValue()).append(' ').append(r.getKey());
        }
        System.out.printf("backed up to %s: %.1f MB in %.1f s, checked: %s%n", copy.file(),
                copy.bytes() / 1e6, copy.took().toMillis() / 1000.0, rows);
        return 0;
    }
}
