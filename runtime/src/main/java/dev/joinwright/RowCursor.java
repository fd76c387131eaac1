package dev.joinwright;

import dev.joinwright.internal.SqlErrors;
import dev.joinwright.internal.SqlLog;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The open cursor behind {@link Database#stream}: one prepared statement and its result set, read
 * one row per {@link #tryAdvance}, with the dialect's streaming fetch size, so that the driver
 * holds a bounded number of rows. Its resources are released exactly once: when the rows run out,
 * when reading or mapping a row (or the stream's consumer) fails, or when the stream is closed,
 * whichever comes first. Releasing closes the result set and the statement, then runs the
 * {@link End} the database gave it (which ends the cursor's own transaction, if any, and gives the
 * connection back). One thread at a time, as every {@link Stream}.
 */
final class RowCursor<T> extends Spliterators.AbstractSpliterator<T> {
    /** What the database does once the cursor's statement is closed. */
    @FunctionalInterface
    interface End {
        /**
         * Ends the cursor's use of its connection.
         *
         * @param failure why the cursor ended early, or {@code null} when it ended normally
         * @throws SQLException if a normal end failed (a commit, say); never when {@code failure} is
         *     set, where problems are added to it as suppressed
         */
        void end(Throwable failure) throws SQLException;
    }

    private final String sql;
    private final Dialect dialect;
    private final PreparedStatement statement;
    private final ResultSet rows;
    private final RowReader<? extends T> reader;
    private final End end;
    private boolean open = true;

    private RowCursor(String sql, Dialect dialect, PreparedStatement statement, ResultSet rows,
            RowReader<? extends T> reader, End end) {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
        this.sql = sql;
        this.dialect = dialect;
        this.statement = statement;
        this.rows = rows;
        this.reader = reader;
        this.end = end;
    }

    /**
     * Prepares and runs {@code sql} on {@code connection} and returns the stream of its rows. If
     * that fails, {@code end} runs with the failure before it is thrown (translated).
     */
    static <T> Stream<T> open(Connection connection, Dialect dialect, String sql, Database.Parameters parameters,
            RowReader<? extends T> reader, End end) {
        PreparedStatement statement = null;
        try {
            statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(dialect.streamingFetchSize(connection));
            parameters.bind(statement);
            SqlLog.traceBound(statement);
            long start = SqlLog.start();
            ResultSet rows = statement.executeQuery();
            SqlLog.end(sql, start);
            RowCursor<T> cursor = new RowCursor<>(sql, dialect, statement, rows, reader, end);
            return StreamSupport.stream(cursor, false).onClose(cursor::close);
        } catch (Throwable e) {
            Throwable failure = translated(e, dialect);
            if (statement != null) {
                try {
                    statement.close();
                } catch (SQLException | RuntimeException problem) {
                    failure.addSuppressed(problem);
                }
            }
            endQuietly(end, failure);
            throw sneaky(failure);
        }
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
        if (!open) {
            return false;
        }
        T row;
        try {
            if (!rows.next()) {
                close();
                return false;
            }
            row = reader.read(rows);
        } catch (Throwable e) {
            throw fail(e);
        }
        try {
            action.accept(row);
        } catch (Throwable e) {
            throw fail(e);
        }
        return true;
    }

    /** Never splits: splitting would read rows ahead into memory. */
    @Override
    public Spliterator<T> trySplit() {
        return null;
    }

    /** Releases the cursor after a normal end or a close; a no-op after the first time. */
    void close() {
        if (!open) {
            return;
        }
        open = false;
        Throwable problem = null;
        try {
            closeStatement();
        } catch (SQLException | RuntimeException e) {
            problem = translated(e, dialect);
        }
        if (problem != null) {
            endQuietly(end, problem);
            throw sneaky(problem);
        }
        try {
            end.end(null);
        } catch (SQLException e) {
            throw SqlErrors.translate(e, dialect);
        }
    }

    /** Releases the cursor after a failure and returns the failure to throw (translated). */
    private RuntimeException fail(Throwable e) {
        Throwable failure = translated(e, dialect);
        if (open) {
            open = false;
            try {
                closeStatement();
            } catch (SQLException | RuntimeException problem) {
                failure.addSuppressed(problem);
            }
            endQuietly(end, failure);
        }
        return sneaky(failure);
    }

    private void closeStatement() throws SQLException {
        try {
            rows.close();
        } finally {
            statement.close();
        }
    }

    private static void endQuietly(End end, Throwable failure) {
        try {
            end.end(failure);
        } catch (SQLException | RuntimeException problem) {
            failure.addSuppressed(problem);
        }
    }

    private static Throwable translated(Throwable e, Dialect dialect) {
        return e instanceof SQLException ? SqlErrors.translate((SQLException) e, dialect) : e;
    }

    /** Rethrows {@code t} as it is, checked or not. */
    @SuppressWarnings("unchecked")
    private static <E extends Throwable> RuntimeException sneaky(Throwable t) throws E {
        throw (E) t;
    }

    @Override
    public String toString() {
        return "RowCursor[" + sql + (open ? "" : ", closed") + "]";
    }
}
