package dev.newsdesk.config;

/**
 * The {@code storage:} section.
 *
 * @param url      JDBC URL: {@code jdbc:sqlite:data/newsdesk.db} or {@code jdbc:postgresql://host/db}
 * @param user     for PostgreSQL, or empty
 * @param password for PostgreSQL, or empty (a secret: masked when printed)
 * @param poolSize connections kept open at most
 */
public record StorageSettings(String url, String user, String password, int poolSize) {
    public boolean isSqlite() {
        return url.startsWith("jdbc:sqlite:");
    }

    public boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }
}
