package dev.newsdesk.adapter.store;

import java.sql.SQLException;

/** A store operation that failed; carries the SQL state so callers can tell a lost connection from a bug. */
public class StoreException extends RuntimeException {
    public StoreException(SQLException cause) {
        super("store: " + cause.getMessage() + (cause.getSQLState() == null ? "" : " (SQL state " + cause.getSQLState() + ")"),
                cause);
    }
}
