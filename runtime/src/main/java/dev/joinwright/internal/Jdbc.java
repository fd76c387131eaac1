package dev.joinwright.internal;

import dev.joinwright.DataAccessException;
import dev.joinwright.Database;
import dev.joinwright.Dialect;
import dev.joinwright.UniqueViolationException;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The statements generated DAOs run. Internal: for generated code only; not part of the public API.
 *
 * <p>Every method runs on the calling thread's transaction connection if {@link Database} has one
 * open, else on a fresh connection that it closes; statements and result sets are closed with
 * try-with-resources. Every {@link SQLException} is translated to a {@link DataAccessException}.
 * SQL strings are expected to be constants; each run is logged at {@code DEBUG} on
 * {@code dev.joinwright.sql} with its elapsed time, and with its bound values at {@code TRACE}
 * only, at no cost when that logger is off.
 */
public final class Jdbc {
    private static final System.Logger SQL_LOG = System.getLogger("dev.joinwright.sql");

    private Jdbc() {}

    /** All rows of a query, mapped. */
    public static <T> List<T> query(Database db, String sql, StatementBinder binder, RowMapper<T> mapper) {
        return db.withConnection(connection -> {
            long start = start();
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                binder.bind(ps);
                traceBound(ps);
                List<T> rows = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(mapper.map(rs));
                    }
                }
                return rows;
            } finally {
                end(sql, start);
            }
        });
    }

    /**
     * The only row of a query, or empty.
     *
     * @throws DataAccessException if the query returns more than one row
     */
    public static <T> Optional<T> queryOne(Database db, String sql, StatementBinder binder, RowMapper<T> mapper) {
        return db.withConnection(connection -> {
            long start = start();
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                binder.bind(ps);
                traceBound(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    T row = mapper.map(rs);
                    if (rs.next()) {
                        throw new DataAccessException("Expected at most one row, got more: " + sql);
                    }
                    return Optional.of(row);
                }
            } finally {
                end(sql, start);
            }
        });
    }

    /** The first column of the first row as a {@code long} (a count, say); 0 if no row or NULL. */
    public static long queryLong(Database db, String sql, StatementBinder binder) {
        return db.withConnection(connection -> {
            long start = start();
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                binder.bind(ps);
                traceBound(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            } finally {
                end(sql, start);
            }
        });
    }

    /** Runs an INSERT, UPDATE or DELETE (or DDL) and returns the update count. */
    public static int update(Database db, String sql, StatementBinder binder) {
        return db.withConnection(connection -> {
            long start = start();
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                binder.bind(ps);
                traceBound(ps);
                return ps.executeUpdate();
            } finally {
                end(sql, start);
            }
        });
    }

    /**
     * Runs one INSERT and returns the key the database generated for {@code keyColumn}: the bare,
     * unquoted column name as the catalog spells it ({@code id}; H2 folds it to upper case by
     * itself). PostgreSQL and H2 are asked for the column by name (pgjdbc then appends
     * {@code RETURNING "id"}); MySQL, MariaDB and SQLite return their auto-increment key.
     */
    public static long insertReturningKey(Database db, String sql, String keyColumn, StatementBinder binder) {
        return db.withConnection(connection -> {
            long start = start();
            try (PreparedStatement ps = prepareForKeys(connection, db.dialect(), sql, keyColumn)) {
                binder.bind(ps);
                traceBound(ps);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    if (!keys.next()) {
                        throw new DataAccessException("The database returned no generated key for: " + sql);
                    }
                    return keys.getLong(1);
                }
            } finally {
                end(sql, start);
            }
        });
    }

    /**
     * Runs {@code sql} once per item as one JDBC batch, atomically: in a transaction of its own,
     * or in the calling thread's one. Returns the driver's update counts, which may be
     * {@link Statement#SUCCESS_NO_INFO} on MySQL/MariaDB.
     */
    public static <T> int[] batch(Database db, String sql, Collection<? extends T> items, ItemBinder<? super T> binder) {
        if (items.isEmpty()) {
            return new int[0];
        }
        return db.inTransaction(() -> db.withConnection(connection -> executeBatch(connection, sql, items, binder)));
    }

    private static <T> int[] executeBatch(Connection connection, String sql, Collection<? extends T> items,
            ItemBinder<? super T> binder) throws SQLException {
        long start = start();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (T item : items) {
                binder.bind(ps, item);
                traceBound(ps);
                ps.addBatch();
            }
            return ps.executeBatch();
        } finally {
            end(sql, start);
        }
    }

    /**
     * Like {@link #batch}, with the items sorted by {@code keyOrder} first, so that the batch takes
     * its row locks in key order: two multi-row writes over overlapping rows then wait for each
     * other instead of deadlocking (each locks the lowest key first). For link, unlink and
     * foreign-key batches, whose caller's order carries no meaning.
     */
    public static <T> int[] batchInKeyOrder(Database db, String sql, Collection<? extends T> items,
            Comparator<? super T> keyOrder, ItemBinder<? super T> binder) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(keyOrder);
        return batch(db, sql, sorted, binder);
    }

    /**
     * Runs an idempotent insert ({@code MERGE ... KEY}, {@code ON CONFLICT DO NOTHING},
     * {@code ON DUPLICATE KEY UPDATE}) once per item, in key order, atomically, and never surfaces a
     * unique violation caused by a concurrent transaction inserting the same row: where the dialect
     * {@linkplain Dialect#idempotentInsertsRace() lets that race through} (H2's {@code MERGE} checks
     * for the row, then inserts), the batch runs inside a savepoint and is rolled back to it and
     * run again, at most three times; by then the other transaction's row is committed and the
     * statement finds it.
     */
    public static <T> int[] batchIdempotent(Database db, String sql, Collection<? extends T> items,
            Comparator<? super T> keyOrder, ItemBinder<? super T> binder) {
        if (!db.dialect().idempotentInsertsRace()) {
            return batchInKeyOrder(db, sql, items, keyOrder, binder);
        }
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(keyOrder);
        if (sorted.isEmpty()) {
            return new int[0];
        }
        return db.inTransaction(() -> db.withConnection(connection -> {
            for (int attempt = 1; ; attempt++) {
                java.sql.Savepoint savepoint = connection.setSavepoint();
                try {
                    int[] counts = executeBatch(connection, sql, sorted, binder);
                    connection.releaseSavepoint(savepoint);
                    return counts;
                } catch (SQLException e) {
                    if (attempt >= 3 || !(SqlErrors.translate(e, db.dialect()) instanceof UniqueViolationException)) {
                        throw e;
                    }
                    connection.rollback(savepoint);
                }
            }
        }));
    }

    /**
     * Runs a locking query ({@code SELECT ... FOR UPDATE} where the dialect has it) inside the
     * calling thread's transaction and returns how many rows it locked; the locks are held until
     * that transaction ends. For {@code replaceX}, which locks its owner row first so that two
     * concurrent replaces of one owner run one after the other.
     *
     * @throws IllegalStateException outside a transaction, where a lock would end with the statement
     */
    public static int lockRows(Database db, String sql, StatementBinder binder) {
        return db.withConnection(connection -> {
            if (connection.getAutoCommit()) {
                throw new IllegalStateException("lockRows outside a transaction locks nothing: " + sql);
            }
            long start = start();
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                binder.bind(ps);
                traceBound(ps);
                int rows = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                    }
                }
                return rows;
            } finally {
                end(sql, start);
            }
        });
    }

    /**
     * Inserts every item atomically, like {@link #batch}, and returns the generated keys in item
     * order. H2, PostgreSQL and MariaDB return the keys of a JDBC batch; on SQLite, whose driver
     * returns only the last key of a batch, the prepared statement is executed once per item
     * (still one transaction, still one statement).
     */
    public static <T> long[] batchInsertReturningKeys(Database db, String sql, String keyColumn,
            Collection<? extends T> items, ItemBinder<? super T> binder) {
        if (items.isEmpty()) {
            return new long[0];
        }
        return db.inTransaction(() -> db.withConnection(connection -> {
            long start = start();
            try (PreparedStatement ps = prepareForKeys(connection, db.dialect(), sql, keyColumn)) {
                return db.dialect() == Dialect.SQLITE
                        ? insertOneByOne(ps, items, binder)
                        : insertBatch(ps, items, binder, sql);
            } finally {
                end(sql, start);
            }
        }));
    }

    /**
     * Runs {@code sqlBefore + "?, ?, ..." + sqlAfter} for the distinct {@code keys}, in chunks
     * under the dialect's bind limit (see {@link Chunks}), and returns all rows. The SQL is
     * typically {@code "SELECT ... WHERE owner_id IN ("} and {@code ")"}. All chunks run on one
     * connection; outside a transaction they are not one consistent snapshot.
     */
    public static <K, T> List<T> queryByKeys(Database db, String sqlBefore, String sqlAfter,
            Collection<? extends K> keys, ParameterBinder<? super K> keyBinder, RowMapper<T> mapper) {
        if (keys.isEmpty()) {
            return new ArrayList<>();
        }
        List<K> distinct = new ArrayList<>(new LinkedHashSet<K>(keys));
        int max = Chunks.maxChunk(db.dialect(), 0);
        return db.withConnection(connection -> {
            List<T> rows = new ArrayList<>();
            for (int from = 0; from < distinct.size(); from += max) {
                List<K> chunk = distinct.subList(from, Math.min(distinct.size(), from + max));
                String sql = sqlBefore + Chunks.placeholders(Chunks.paddedSize(chunk.size())) + sqlAfter;
                queryChunk(connection, sql, chunk, keyBinder, mapper, rows);
            }
            return rows;
        });
    }

    /**
     * The rows of the distinct {@code keys}: on a dialect with array parameters (H2, PostgreSQL)
     * and a key type with an SQL array type, one statement with the keys as one array
     * ({@code = ANY(?)}) per {@linkplain Dialect#arrayChunkSize() chunk of the dialect}; else the
     * chunked {@code IN} lists of
     * {@link #queryByKeys(Database, String, String, Collection, ParameterBinder, RowMapper)}.
     */
    public static <K, T> List<T> queryByKeys(Database db, KeyQuery query, Collection<? extends K> keys,
            ParameterBinder<? super K> keyBinder, RowMapper<T> mapper) {
        if (query.anySql() == null || !db.dialect().supportsArrayParameters()) {
            return queryByKeys(db, query.inHead(), query.inTail(), keys, keyBinder, mapper);
        }
        return queryByArrays(db, query, keys, db.dialect().arrayChunkSize(), mapper);
    }

    /**
     * {@code = ANY(?)} over the distinct {@code keys}, {@code chunk} keys per array. For the
     * dialect's own chunk use {@link #queryByKeys(Database, KeyQuery, Collection, ParameterBinder, RowMapper)};
     * this overload exists to measure other sizes.
     */
    public static <K, T> List<T> queryByArrays(Database db, KeyQuery query, Collection<? extends K> keys, int chunk,
            RowMapper<T> mapper) {
        if (keys.isEmpty()) {
            return new ArrayList<>();
        }
        Object[] distinct = new LinkedHashSet<Object>(keys).toArray();
        return db.withConnection(connection -> {
            List<T> rows = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(query.anySql())) { // one statement, run per chunk
                for (int from = 0; from < distinct.length; from += chunk) {
                    Object[] part = from == 0 && distinct.length <= chunk
                            ? distinct
                            : java.util.Arrays.copyOfRange(distinct, from, Math.min(distinct.length, from + chunk));
                    queryArray(connection, ps, query, part, mapper, rows);
                }
            }
            return rows;
        });
    }

    private static <T> void queryArray(Connection connection, PreparedStatement ps, KeyQuery query, Object[] keys,
            RowMapper<T> mapper, List<T> rows) throws SQLException {
        long start = start();
        java.sql.Array array = connection.createArrayOf(query.arrayType(), keys);
        try {
            ps.setArray(1, array);
            traceBound(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
            }
        } finally {
            array.free();
            end(query.anySql(), start);
        }
    }

    private static <K, T> void queryChunk(Connection connection, String sql, List<K> chunk,
            ParameterBinder<? super K> keyBinder, RowMapper<T> mapper, List<T> rows) throws SQLException {
        long start = start();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int padded = Chunks.paddedSize(chunk.size());
            K last = chunk.get(chunk.size() - 1);
            for (int i = 0; i < padded; i++) {
                keyBinder.bind(ps, i + 1, i < chunk.size() ? chunk.get(i) : last);
            }
            traceBound(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
            }
        } finally {
            end(sql, start);
        }
    }

    private static PreparedStatement prepareForKeys(Connection connection, Dialect dialect, String sql, String keyColumn)
            throws SQLException {
        switch (dialect) {
            case POSTGRESQL:
            case H2:
                return connection.prepareStatement(sql, new String[] {keyColumn});
            default:
                return connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
        }
    }

    private static <T> long[] insertBatch(PreparedStatement ps, Collection<? extends T> items,
            ItemBinder<? super T> binder, String sql) throws SQLException {
        for (T item : items) {
            binder.bind(ps, item);
            traceBound(ps);
            ps.addBatch();
        }
        ps.executeBatch();
        long[] keys = new long[items.size()];
        int count = 0;
        try (ResultSet rs = ps.getGeneratedKeys()) {
            while (rs.next() && count < keys.length) {
                keys[count++] = rs.getLong(1);
            }
        }
        if (count != keys.length) {
            throw new DataAccessException("The driver returned " + count + " generated keys for "
                    + keys.length + " inserted rows: " + sql);
        }
        return keys;
    }

    private static <T> long[] insertOneByOne(PreparedStatement ps, Collection<? extends T> items,
            ItemBinder<? super T> binder) throws SQLException {
        long[] keys = new long[items.size()];
        int i = 0;
        for (T item : items) {
            binder.bind(ps, item);
            traceBound(ps);
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                if (!rs.next()) {
                    throw new SQLException("No generated key returned for row " + i);
                }
                keys[i++] = rs.getLong(1);
            }
        }
        return keys;
    }

    /**
     * At {@code TRACE}, the statement with its bound values as the driver renders a prepared
     * statement (H2, pgjdbc, MariaDB Connector/J and xerial's SQLite driver all include the values);
     * one level check and nothing else when off.
     */
    private static void traceBound(PreparedStatement ps) {
        if (SQL_LOG.isLoggable(Level.TRACE)) {
            SQL_LOG.log(Level.TRACE, () -> "bound  " + ps);
        }
    }

    private static long start() {
        return SQL_LOG.isLoggable(Level.DEBUG) ? System.nanoTime() : 0L;
    }

    private static void end(String sql, long start) {
        if (start != 0L) {
            long micros = (System.nanoTime() - start) / 1_000;
            SQL_LOG.log(Level.DEBUG, () -> micros + " us  " + sql);
        }
    }
}
