package dev.joinwright.internal;

import dev.joinwright.DataAccessException;
import dev.joinwright.Database;
import dev.joinwright.Dialect;
import dev.joinwright.UniqueViolationException;
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
import java.util.function.BiFunction;

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
    private Jdbc() {}

    /** All rows of a query, mapped. */
    public static <T> List<T> query(Database db, String sql, StatementBinder binder, RowMapper<T> mapper) {
        return db.withConnection(new Select<List<T>>(sql, binder) {
            @Override
            List<T> read(ResultSet rs) throws SQLException {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
                return rows;
            }
        });
    }

    /**
     * The rows of a query as a lazy stream over an open cursor, never more than a bounded number
     * of rows in memory: {@link Database#stream} with the fetch size and transaction each driver
     * needs to stream, the connection, statement and result set released exactly once (when the
     * rows run out, when a row fails to read or map, or when the stream is closed), and every
     * {@link SQLException} translated. Generated {@code streamAll()} and derived {@code stream...By}
     * queries call it; the caller closes the stream.
     */
    public static <T> java.util.stream.Stream<T> stream(Database db, String sql, StatementBinder binder,
            RowMapper<T> mapper) {
        return db.stream(sql, binder::bind, mapper::map);
    }

    /**
     * The only row of a query, or empty.
     *
     * @throws DataAccessException if the query returns more than one row
     */
    public static <T> Optional<T> queryOne(Database db, String sql, StatementBinder binder, RowMapper<T> mapper) {
        return queryOneNamed(db, sql, binder, mapper, null);
    }

    /**
     * The only row of a query, or empty; more than one row is an error naming the query.
     *
     * @param query the query's name, {@code StudentQueries.findByEmail}
     * @throws DataAccessException if the query returns more than one row
     */
    public static <T> Optional<T> queryOne(Database db, String sql, StatementBinder binder, RowMapper<T> mapper,
            String query) {
        return queryOneNamed(db, sql, binder, mapper, query);
    }

    /** {@code query} names the query in the error, or is {@code null}: the message is built only on that error. */
    private static <T> Optional<T> queryOneNamed(Database db, String sql, StatementBinder binder, RowMapper<T> mapper,
            String query) {
        return db.withConnection(new Select<Optional<T>>(sql, binder) {
            @Override
            Optional<T> read(ResultSet rs) throws SQLException {
                if (!rs.next()) {
                    return Optional.empty();
                }
                T row = mapper.map(rs);
                if (rs.next()) {
                    throw new DataAccessException(query == null
                            ? "Expected at most one row, got more: " + sql
                            : query + " returns Optional, so at most one row, but found more: " + sql);
                }
                return Optional.of(row);
            }
        });
    }

    /**
     * One parent row and its children, from one query of the parent by key {@code LEFT JOIN}ed to the
     * children: the parent is read from the first row, a child from every row whose
     * {@code childKeyColumn} is not NULL (a parent without children has one row, its child columns
     * NULL), in the query's order; {@code withChildren} attaches them. Empty if no row has the key.
     *
     * @param childKeyColumn the index of the child's (first) key column, which a LEFT JOIN row without
     *     a child has NULL
     */
    public static <P, C> Optional<P> queryWithChildren(Database db, String sql, StatementBinder binder,
            RowMapper<P> parent, RowMapper<C> child, int childKeyColumn,
            BiFunction<? super P, ? super List<C>, ? extends P> withChildren) {
        return db.withConnection(new Select<Optional<P>>(sql, binder) {
            @Override
            Optional<P> read(ResultSet rs) throws SQLException {
                if (!rs.next()) {
                    return Optional.empty();
                }
                P found = parent.map(rs);
                List<C> children = new ArrayList<>();
                do {
                    if (rs.getObject(childKeyColumn) != null) {
                        children.add(child.map(rs));
                    }
                } while (rs.next());
                return Optional.of(withChildren.apply(found, children));
            }
        });
    }

    /** The first column of the first row as a {@code long} (a count, say); 0 if no row or NULL. */
    public static long queryLong(Database db, String sql, StatementBinder binder) {
        return db.withConnection(new Select<Long>(sql, binder) {
            @Override
            Long read(ResultSet rs) throws SQLException {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    /** Runs an INSERT, UPDATE or DELETE (or DDL) and returns the update count. */
    public static int update(Database db, String sql, StatementBinder binder) {
        return update(db, sql, null, binder);
    }

    /**
     * Like {@link #update(Database, String, StatementBinder)}, for a statement that writes rows of
     * {@code table} only: a violation the driver does not name is named after it (see
     * {@link SqlErrors#translate(SQLException, Dialect, String)}).
     */
    public static int update(Database db, String sql, String table, StatementBinder binder) {
        return db.withConnection(connection -> {
            long start = SqlLog.start();
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                binder.bind(ps);
                SqlLog.traceBound(ps);
                return ps.executeUpdate();
            } catch (SQLException e) {
                throw SqlErrors.translate(e, db.dialect(), table);
            } finally {
                SqlLog.end(sql, start);
            }
        });
    }

    /**
     * Runs {@code sql} once per item as one JDBC batch, atomically: in a transaction of its own,
     * or in the calling thread's one. Returns the driver's update counts, which may be
     * {@link Statement#SUCCESS_NO_INFO} on MySQL/MariaDB.
     */
    public static <T> int[] batch(Database db, String sql, Collection<? extends T> items, ItemBinder<? super T> binder) {
        return batch(db, sql, null, items, binder);
    }

    private static <T> int[] batch(Database db, String sql, String table, Collection<? extends T> items,
            ItemBinder<? super T> binder) {
        if (items.isEmpty()) {
            return new int[0];
        }
        return db.inTransaction(() -> db.withConnection(connection -> {
            try {
                return executeBatch(connection, sql, items, binder);
            } catch (SQLException e) {
                throw SqlErrors.translate(e, db.dialect(), table);
            }
        }));
    }

    private static <T> int[] executeBatch(Connection connection, String sql, Collection<? extends T> items,
            ItemBinder<? super T> binder) throws SQLException {
        long start = SqlLog.start();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (T item : items) {
                binder.bind(ps, item);
                SqlLog.traceBound(ps);
                ps.addBatch();
            }
            return ps.executeBatch();
        } finally {
            SqlLog.end(sql, start);
        }
    }

    /**
     * Like {@link #batch}, with the items sorted by {@code keyOrder} first, so that the batch takes
     * its row locks in key order: two multi-row writes over overlapping rows then wait for each
     * other instead of deadlocking (each locks the lowest key first). For unlink and foreign-key
     * batches, whose caller's order carries no meaning.
     *
     * @param table the one table the statement writes, named by a violation the driver does not
     *     name; {@code null} for a DELETE (see {@link SqlErrors#translate(SQLException, Dialect, String)})
     */
    public static <T> int[] batchInKeyOrder(Database db, String sql, String table, Collection<? extends T> items,
            Comparator<? super T> keyOrder, ItemBinder<? super T> binder) {
        return batch(db, sql, table, sorted(items, keyOrder), binder);
    }

    private static <T> List<T> sorted(Collection<? extends T> items, Comparator<? super T> keyOrder) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(keyOrder);
        return sorted;
    }

    /**
     * Runs an idempotent insert ({@code MERGE ... KEY}, {@code ON CONFLICT DO NOTHING},
     * {@code ON DUPLICATE KEY UPDATE}) once per item, in key order, atomically, and never surfaces a
     * unique violation caused by a concurrent transaction inserting the same row: where the dialect
     * {@linkplain Dialect#idempotentInsertsRace() lets that race through} (H2's {@code MERGE} checks
     * for the row, then inserts), the batch runs inside a savepoint and is rolled back to it and
     * run again, at most three times; by then the other transaction's row is committed and the
     * statement finds it.
     *
     * @param table the table the rows are inserted into, named by a violation the driver does not name
     */
    public static <T> int[] batchIdempotent(Database db, String sql, String table, Collection<? extends T> items,
            Comparator<? super T> keyOrder, ItemBinder<? super T> binder) {
        if (!db.dialect().idempotentInsertsRace()) {
            return batchInKeyOrder(db, sql, table, items, keyOrder, binder);
        }
        List<T> sorted = sorted(items, keyOrder);
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
                    DataAccessException failure = SqlErrors.translate(e, db.dialect(), table);
                    if (attempt >= 3 || !(failure instanceof UniqueViolationException)) {
                        throw failure;
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
            long start = SqlLog.start();
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                binder.bind(ps);
                SqlLog.traceBound(ps);
                int rows = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                    }
                }
                return rows;
            } finally {
                SqlLog.end(sql, start);
            }
        });
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
     * Runs {@code sqlBefore + "(?, ?), (?, ?), ..." + sqlAfter} for the distinct composite
     * {@code keys} of {@code width} parts each, in chunks whose parameters stay under the dialect's
     * bind limit (padded to a power of two by repeating the last key, as for simple keys). The SQL
     * is typically {@code "SELECT ... WHERE (a, b) IN ("} and {@code ")"}; {@code keyBinder} binds
     * all parts of one key from the index it is given on.
     */
    public static <K, T> List<T> queryByKeys(Database db, String sqlBefore, String sqlAfter, int width,
            Collection<? extends K> keys, ParameterBinder<? super K> keyBinder, RowMapper<T> mapper) {
        if (keys.isEmpty()) {
            return new ArrayList<>();
        }
        List<K> distinct = new ArrayList<>(new LinkedHashSet<K>(keys));
        int max = Chunks.maxRowChunk(db.dialect(), width);
        return db.withConnection(connection -> {
            List<T> rows = new ArrayList<>();
            for (int from = 0; from < distinct.size(); from += max) {
                List<K> chunk = distinct.subList(from, Math.min(distinct.size(), from + max));
                int padded = Chunks.paddedSize(chunk.size());
                String sql = sqlBefore + Chunks.rowPlaceholders(padded, width) + sqlAfter;
                long start = SqlLog.start();
                try (PreparedStatement ps = connection.prepareStatement(sql)) {
                    K last = chunk.get(chunk.size() - 1);
                    for (int i = 0; i < padded; i++) {
                        keyBinder.bind(ps, i * width + 1, i < chunk.size() ? chunk.get(i) : last);
                    }
                    SqlLog.traceBound(ps);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rows.add(mapper.map(rs));
                        }
                    }
                } finally {
                    SqlLog.end(sql, start);
                }
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
        long start = SqlLog.start();
        java.sql.Array array = connection.createArrayOf(query.arrayType(), keys);
        try {
            ps.setArray(1, array);
            SqlLog.traceBound(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
            }
        } finally {
            array.free();
            SqlLog.end(query.anySql(), start);
        }
    }

    private static <K, T> void queryChunk(Connection connection, String sql, List<K> chunk,
            ParameterBinder<? super K> keyBinder, RowMapper<T> mapper, List<T> rows) throws SQLException {
        long start = SqlLog.start();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int padded = Chunks.paddedSize(chunk.size());
            K last = chunk.get(chunk.size() - 1);
            for (int i = 0; i < padded; i++) {
                keyBinder.bind(ps, i + 1, i < chunk.size() ? chunk.get(i) : last);
            }
            SqlLog.traceBound(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
            }
        } finally {
            SqlLog.end(sql, start);
        }
    }

    /**
     * One query run on a connection, logged: prepared, bound, traced, executed, its result set handed to
     * {@link #read} and everything closed. The work object a query gives {@code withConnection}, the one
     * allocation per query it always was (a capturing lambda before).
     */
    private abstract static class Select<T> implements Database.ConnectionWork<T> {
        private final String sql;
        private final StatementBinder binder;

        Select(String sql, StatementBinder binder) {
            this.sql = sql;
            this.binder = binder;
        }

        /** What the query answers, from its result set (before any row). */
        abstract T read(ResultSet rs) throws SQLException;

        @Override
        public final T apply(Connection connection) throws SQLException {
            long start = SqlLog.start();
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                binder.bind(ps);
                SqlLog.traceBound(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    return read(rs);
                }
            } finally {
                SqlLog.end(sql, start);
            }
        }
    }
}
