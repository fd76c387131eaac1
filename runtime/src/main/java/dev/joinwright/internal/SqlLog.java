package dev.joinwright.internal;

import java.lang.System.Logger.Level;
import java.sql.PreparedStatement;

/**
 * The SQL log of the runtime: the {@link System.Logger} named {@code dev.joinwright.sql}. Each
 * statement with its elapsed time at {@code DEBUG}; its bound values, as the driver renders the
 * prepared statement (H2, pgjdbc, MariaDB Connector/J and xerial's SQLite driver all include the
 * values), at {@code TRACE} only. One level check and nothing else when off. Internal: for the
 * runtime and generated code only.
 */
public final class SqlLog {
    private static final System.Logger LOG = System.getLogger("dev.joinwright.sql");

    private SqlLog() {}

    /** At {@code TRACE}, the statement with the values bound so far. */
    public static void traceBound(PreparedStatement ps) {
        if (LOG.isLoggable(Level.TRACE)) {
            LOG.log(Level.TRACE, () -> "bound  " + ps);
        }
    }

    /** A start time for {@link #end}, or 0 when {@code DEBUG} is off. */
    public static long start() {
        return LOG.isLoggable(Level.DEBUG) ? System.nanoTime() : 0L;
    }

    /** At {@code DEBUG}, the statement and the time since {@code start}. */
    public static void end(String sql, long start) {
        if (start != 0L) {
            long micros = (System.nanoTime() - start) / 1_000;
            LOG.log(Level.DEBUG, () -> micros + " us  " + sql);
        }
    }
}
