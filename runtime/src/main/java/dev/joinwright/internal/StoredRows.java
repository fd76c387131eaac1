package dev.joinwright.internal;

import dev.joinwright.DataAccessException;
import dev.joinwright.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The INSERTs and UPDATEs of generated DAOs, each returning the rows as the database stored them,
 * the way its {@link RowWrite} says. Internal: for generated code only.
 *
 * <p>Like {@link Jdbc}, every method runs on the calling thread's transaction connection if one is
 * open, else on a connection of its own; a violation the driver does not name is named after the
 * {@linkplain RowWrite#table() table written}. A re-read ({@link RowWrite.Returned#REREAD}) runs in
 * the same transaction as its write.
 */
public final class StoredRows {
    /** Marks "no row was written" where {@link #execute} returns a key. */
    private static final long NO_ROW = Long.MIN_VALUE;

    private StoredRows() {}

    /**
     * Inserts one row and returns it as stored.
     *
     * @param keyBinder binds the row's key as parameter 1 of a re-read; {@code null} when the
     *     database generates the key, which the re-read then binds itself
     */
    public static <T> T insert(Database db, RowWrite write, StatementBinder binder, StatementBinder keyBinder,
            RowMapper<T> mapper) {
        T row = writeOne(db, write, binder, keyBinder, mapper);
        if (row == null) {
            throw new DataAccessException("The database returned no row for: " + write.sql());
        }
        return row;
    }

    /**
     * Updates one row by its key and returns it as stored, or {@code null} if no row has the key.
     *
     * @param keyBinder binds the row's key as parameter 1 of a re-read
     */
    public static <T> T update(Database db, RowWrite write, StatementBinder binder, StatementBinder keyBinder,
            RowMapper<T> mapper) {
        return writeOne(db, write, binder, keyBinder, mapper);
    }

    private static <T> T writeOne(Database db, RowWrite write, StatementBinder binder, StatementBinder keyBinder,
            RowMapper<T> mapper) {
        if (write.returned() == RowWrite.Returned.REREAD) {
            return db.inTransaction(() -> db.withConnection(connection -> {
                try {
                    long key = execute(connection, write, keyBinder == null, binder);
                    return key == NO_ROW ? null : reread(connection, write, ps -> {
                        if (keyBinder == null) {
                            ps.setLong(1, key);
                        } else {
                            keyBinder.bind(ps);
                        }
                    }, mapper);
                } catch (SQLException e) {
                    throw SqlErrors.translate(e, db.dialect(), write.table());
                }
            }));
        }
        return db.withConnection(connection -> {
            long start = SqlLog.start();
            try (PreparedStatement ps = prepare(connection, write, false)) {
                binder.bind(ps);
                SqlLog.traceBound(ps);
                try (ResultSet rs = returnedRows(ps, write)) {
                    return rs == null ? null : firstRow(rs, mapper);
                }
            } catch (SQLException e) {
                throw SqlErrors.translate(e, db.dialect(), write.table());
            } finally {
                SqlLog.end(write.sql(), start);
            }
        });
    }

    /**
     * Inserts every item atomically and returns the rows as stored, in the order of {@code items}.
     * With a {@code keyOrder} (keys the caller assigns) the rows are written in key order, so that
     * two batches over overlapping keys wait for each other instead of deadlocking. PostgreSQL and
     * H2 send one JDBC batch; SQLite runs its {@code RETURNING} statement once per row, and
     * MySQL/MariaDB send one batch and read the rows again (generated keys in chunks of keys, keys
     * the caller assigns one by one), all in one transaction.
     *
     * @param keyOrder the order of the keys the caller assigns; {@code null} for generated keys
     * @param keyBinder binds an item's key as parameter 1 of a re-read; {@code null} for generated keys
     */
    public static <I, T> List<T> insertAll(Database db, RowWrite write, Collection<? extends I> items,
            Comparator<? super I> keyOrder, ItemBinder<? super I> binder, ItemBinder<? super I> keyBinder,
            RowMapper<T> mapper) {
        if (items.isEmpty()) {
            return new ArrayList<>();
        }
        List<I> input = new ArrayList<>(items);
        int[] order = writeOrder(input, keyOrder);
        return db.inTransaction(() -> db.withConnection(connection -> {
            List<T> rows = new ArrayList<>(Collections.nCopies(input.size(), null));
            try {
                switch (write.returned()) {
                    case GENERATED_COLUMNS:
                        insertBatch(connection, write, input, order, binder, mapper, rows);
                        break;
                    case STATEMENT:
                        insertOneByOne(connection, write, input, order, binder, mapper, rows);
                        break;
                    default:
                        long[] keys = insertForReread(connection, write, input, order, binder, keyBinder == null);
                        if (keyBinder == null && write.rereadAll() != null) {
                            rereadAll(db, write, keys, order, mapper, rows);
                        } else {
                            rereadOneByOne(connection, write, input, order, keys, keyBinder, mapper, rows);
                        }
                        break;
                }
            } catch (SQLException e) {
                throw SqlErrors.translate(e, db.dialect(), write.table());
            }
            return rows;
        }));
    }

    /** The positions of {@code input} in the order to write them: as given, or sorted by key (stable). */
    private static <I> int[] writeOrder(List<I> input, Comparator<? super I> keyOrder) {
        Integer[] order = new Integer[input.size()];
        Arrays.setAll(order, i -> i);
        if (keyOrder != null) {
            Arrays.sort(order, (a, b) -> keyOrder.compare(input.get(a), input.get(b)));
        }
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    private static <I, T> void insertBatch(Connection connection, RowWrite write, List<I> input, int[] order,
            ItemBinder<? super I> binder, RowMapper<T> mapper, List<T> rows) throws SQLException {
        long start = SqlLog.start();
        try (PreparedStatement ps = prepare(connection, write, false)) {
            executeBatch(ps, input, order, binder);
            int count = 0;
            try (ResultSet rs = ps.getGeneratedKeys()) {
                while (count < order.length && rs.next()) {
                    rows.set(order[count++], mapper.map(rs));
                }
            }
            if (count != order.length) {
                throw new DataAccessException("The driver returned " + count + " rows for " + order.length
                        + " inserted: " + write.sql());
            }
        } finally {
            SqlLog.end(write.sql(), start);
        }
    }

    private static <I, T> void insertOneByOne(Connection connection, RowWrite write, List<I> input, int[] order,
            ItemBinder<? super I> binder, RowMapper<T> mapper, List<T> rows) throws SQLException {
        long start = SqlLog.start();
        try (PreparedStatement ps = connection.prepareStatement(write.sql())) {
            for (int position : order) {
                binder.bind(ps, input.get(position));
                SqlLog.traceBound(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    T row = firstRow(rs, mapper);
                    if (row == null) {
                        throw new DataAccessException("The database returned no row for: " + write.sql());
                    }
                    rows.set(position, row);
                }
            }
        } finally {
            SqlLog.end(write.sql(), start);
        }
    }

    /** Adds the items to the batch in write order, and runs it. */
    private static <I> void executeBatch(PreparedStatement ps, List<I> input, int[] order, ItemBinder<? super I> binder)
            throws SQLException {
        for (int position : order) {
            binder.bind(ps, input.get(position));
            SqlLog.traceBound(ps);
            ps.addBatch();
        }
        ps.executeBatch();
    }

    /** Inserts the batch of a REREAD write; answers the generated keys in write order (zeros without). */
    private static <I> long[] insertForReread(Connection connection, RowWrite write, List<I> input, int[] order,
            ItemBinder<? super I> binder, boolean generated) throws SQLException {
        long[] keys = new long[order.length];
        long start = SqlLog.start();
        try (PreparedStatement ps = prepare(connection, write, generated)) {
            executeBatch(ps, input, order, binder);
            if (generated) {
                readGeneratedKeys(ps, keys, write.sql());
            }
        } finally {
            SqlLog.end(write.sql(), start);
        }
        return keys;
    }

    /** Reads the rows of generated {@code keys} again in chunks of keys, matched back by key. */
    private static <T> void rereadAll(Database db, RowWrite write, long[] keys, int[] order, RowMapper<T> mapper,
            List<T> rows) {
        List<Long> asked = new ArrayList<>(keys.length);
        Map<Long, Integer> positions = new HashMap<>(keys.length * 2);
        for (int i = 0; i < keys.length; i++) {
            asked.add(keys[i]);
            positions.put(keys[i], order[i]);
        }
        int keyColumn = write.keyColumn();
        List<Map.Entry<Long, T>> found = Jdbc.queryByKeys(db, write.rereadAll(), asked, (ps, i, key) -> ps.setLong(i, key),
                rs -> Map.entry(rs.getLong(keyColumn), mapper.map(rs)));
        for (Map.Entry<Long, T> row : found) {
            Integer position = positions.get(row.getKey());
            if (position != null) {
                rows.set(position, row.getValue());
            }
        }
        if (found.size() != keys.length) {
            throw new DataAccessException("Read " + found.size() + " of the " + keys.length + " rows just inserted again: "
                    + write.reread());
        }
    }

    /** Reads each row again by its key: the generated one, or the item's ({@code keyBinder}). */
    private static <I, T> void rereadOneByOne(Connection connection, RowWrite write, List<I> input, int[] order,
            long[] keys, ItemBinder<? super I> keyBinder, RowMapper<T> mapper, List<T> rows) throws SQLException {
        boolean generated = keyBinder == null;
        long start = SqlLog.start();
        try (PreparedStatement ps = connection.prepareStatement(write.reread())) {
            for (int i = 0; i < order.length; i++) {
                if (generated) {
                    ps.setLong(1, keys[i]);
                } else {
                    keyBinder.bind(ps, input.get(order[i]));
                }
                rows.set(order[i], readOne(ps, write, mapper));
            }
        } finally {
            SqlLog.end(write.reread(), start);
        }
    }

    private static <T> T readOne(PreparedStatement ps, RowWrite write, RowMapper<T> mapper) throws SQLException {
        SqlLog.traceBound(ps);
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new DataAccessException("The row just written is not there to read again: " + write.reread());
            }
            return mapper.map(rs);
        }
    }

    /**
     * Runs a REREAD write; returns {@link #NO_ROW} if it wrote nothing, else the generated key (or
     * 0 when {@code generatedKey} is false).
     */
    private static long execute(Connection connection, RowWrite write, boolean generatedKey, StatementBinder binder)
            throws SQLException {
        long start = SqlLog.start();
        try (PreparedStatement ps = prepare(connection, write, generatedKey)) {
            binder.bind(ps);
            SqlLog.traceBound(ps);
            if (ps.executeUpdate() == 0) {
                return NO_ROW;
            }
            if (!generatedKey) {
                return 0;
            }
            long[] key = new long[1];
            readGeneratedKeys(ps, key, write.sql());
            return key[0];
        } finally {
            SqlLog.end(write.sql(), start);
        }
    }

    private static <T> T reread(Connection connection, RowWrite write, StatementBinder keyBinder, RowMapper<T> mapper)
            throws SQLException {
        long start = SqlLog.start();
        try (PreparedStatement ps = connection.prepareStatement(write.reread())) {
            keyBinder.bind(ps);
            return readOne(ps, write, mapper);
        } finally {
            SqlLog.end(write.reread(), start);
        }
    }

    private static void readGeneratedKeys(PreparedStatement ps, long[] keys, String sql) throws SQLException {
        int count = 0;
        try (ResultSet rs = ps.getGeneratedKeys()) {
            while (count < keys.length && rs.next()) {
                keys[count++] = rs.getLong(1);
            }
        }
        if (count != keys.length) {
            throw new DataAccessException("The driver returned " + count + " generated keys for " + keys.length
                    + " inserted rows: " + sql);
        }
    }

    private static PreparedStatement prepare(Connection connection, RowWrite write, boolean generatedKey)
            throws SQLException {
        if (write.returned() == RowWrite.Returned.GENERATED_COLUMNS) {
            return connection.prepareStatement(write.sql(), write.columns());
        }
        return generatedKey
                ? connection.prepareStatement(write.sql(), Statement.RETURN_GENERATED_KEYS)
                : connection.prepareStatement(write.sql());
    }

    /**
     * The first row of {@code rs}, or {@code null}; steps through the rest, because SQLite runs the
     * end of an {@code INSERT ... RETURNING} (deferred foreign-key checks, the commit of an
     * autocommit statement) only when the statement is stepped to its end, and xerial's driver does
     * not report a failure there once the result set is closed early: the row would look written.
     */
    private static <T> T firstRow(ResultSet rs, RowMapper<T> mapper) throws SQLException {
        T row = rs.next() ? mapper.map(rs) : null;
        while (rs.next()) {
            // a statement that wrote one row returns one; see above
        }
        return row;
    }

    /** The rows the statement returns: its generated columns, or its own result. */
    private static ResultSet returnedRows(PreparedStatement ps, RowWrite write) throws SQLException {
        if (write.returned() == RowWrite.Returned.STATEMENT) {
            return ps.executeQuery();
        }
        return ps.executeUpdate() == 0 ? null : ps.getGeneratedKeys();
    }
}
