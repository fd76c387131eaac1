package dev.joinwright.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinwright.Database;
import dev.joinwright.Dialect;
import dev.joinwright.ForeignKeyViolationException;
import dev.joinwright.UniqueViolationException;
import dev.joinwright.testing.AllDatabases;
import dev.joinwright.testing.TestDatabases;
import dev.joinwright.testing.TestDatabases.Tables;
import dev.joinwright.testing.TestDatabases.TestDatabase;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The three ways a written row comes back as stored ({@link RowWrite.Returned}), each on the
 * database the processor chooses it for: generated columns on H2 and PostgreSQL, {@code RETURNING}
 * on SQLite, a re-read in the same transaction on MariaDB. A decimal column of scale 2 rounds what
 * is bound (except on SQLite, which keeps what it is given), so the returned row shows whether it
 * was read back.
 */
class StoredRowsTest {
    record Row(long id, String label, BigDecimal amount) {}

    private static final RowMapper<Row> ROW = rs -> new Row(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3));

    /** What the processor writes for {@code sql} on the database's dialect. */
    private static RowWrite write(Dialect dialect, String sql, String table) {
        return write(dialect, sql, table, false);
    }

    /** @param batchReread an INSERT with generated keys: MySQL reads a batch again in chunks of keys */
    private static RowWrite write(Dialect dialect, String sql, String table, boolean batchReread) {
        String select = "SELECT id, label, amount FROM " + table + " WHERE id";
        switch (dialect) {
            case H2: case POSTGRESQL: return RowWrite.generatedColumns(sql, table, "id", "label", "amount");
            case SQLITE: return RowWrite.statement(sql + " RETURNING id, label, amount", table);
            default: return batchReread
                    ? RowWrite.reread(sql, table, select + " = ?", new KeyQuery(select + " IN (", ")", null, null), 1)
                    : RowWrite.reread(sql, table, select + " = ?");
        }
    }

    /** {@code value} as a {@code DECIMAL(10,2)} stores it. */
    private static BigDecimal stored(TestDatabase db, String value) {
        BigDecimal bound = new BigDecimal(value);
        return db.dialect() == Dialect.SQLITE ? bound : bound.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static String table(TestDatabase db, Tables tables, boolean generated) throws SQLException {
        String table = tables.name("stored");
        tables.execute("CREATE TABLE " + table + " (id " + (generated ? db.identity() : "BIGINT PRIMARY KEY")
                + ", label VARCHAR(40) NOT NULL UNIQUE, amount DECIMAL(10,2) NOT NULL)" + db.tableOptions());
        return table;
    }

    @AllDatabases
    void insertAndUpdateReturnTheStoredRow(TestDatabase db) throws SQLException {
        try (Tables tables = db.tables()) {
            String table = table(db, tables, true);
            Database database = db.database();
            RowWrite insert = write(db.dialect(), "INSERT INTO " + table + " (label, amount) VALUES (?, ?)", table);
            Row one = StoredRows.insert(database, insert, ps -> {
                ps.setString(1, "one");
                ps.setBigDecimal(2, new BigDecimal("1.005"));
            }, null, ROW);
            Row two = StoredRows.insert(database, insert, ps -> {
                ps.setString(1, "two");
                ps.setBigDecimal(2, new BigDecimal("2"));
            }, null, ROW);
            assertTrue(two.id() > one.id(), one + ", " + two);
            assertEquals(0, stored(db, "1.005").compareTo(one.amount()), "as the database stored it: " + one);

            RowWrite update = write(db.dialect(), "UPDATE " + table + " SET amount = ? WHERE id = ?", table);
            Row updated = StoredRows.update(database, update, ps -> {
                ps.setBigDecimal(1, new BigDecimal("3.339"));
                ps.setLong(2, two.id());
            }, ps -> ps.setLong(1, two.id()), ROW);
            assertEquals(two.id(), updated.id());
            assertEquals(0, stored(db, "3.339").compareTo(updated.amount()), "as the database stored it: " + updated);
            assertNull(StoredRows.update(database, update, ps -> {
                ps.setBigDecimal(1, BigDecimal.ONE);
                ps.setLong(2, -1);
            }, ps -> ps.setLong(1, -1), ROW), "no row has the key");

            UniqueViolationException duplicate = assertThrows(UniqueViolationException.class,
                    () -> StoredRows.insert(database, insert, ps -> {
                        ps.setString(1, "one");
                        ps.setBigDecimal(2, BigDecimal.ONE);
                    }, null, ROW));
            assertEquals(table, duplicate.table().orElse("-").toLowerCase(Locale.ROOT), duplicate.getMessage());
        }
    }

    /**
     * SQLite checks a deferred foreign key when the statement steps to its end, and xerial's driver
     * loses that failure if the result set of an {@code INSERT ... RETURNING} is closed after its
     * first row: the row would be reported as written and be gone.
     */
    @Test
    void aDeferredViolationOfAReturningInsertFailsOnSqlite() throws SQLException {
        TestDatabase db = TestDatabases.SQLITE;
        try (Tables tables = db.tables()) {
            String parent = tables.name("parent");
            String child = tables.name("child");
            tables.execute("CREATE TABLE " + parent + " (id INTEGER PRIMARY KEY)",
                    "CREATE TABLE " + child + " (id INTEGER PRIMARY KEY AUTOINCREMENT, label TEXT NOT NULL, amount TEXT"
                            + " NOT NULL, parent_id INTEGER NOT NULL REFERENCES " + parent + " (id) DEFERRABLE INITIALLY DEFERRED)");
            Database database = db.database();
            RowWrite insert = write(Dialect.SQLITE, "INSERT INTO " + child + " (label, amount, parent_id) VALUES (?, ?, ?)",
                    child);
            assertThrows(ForeignKeyViolationException.class, () -> StoredRows.insert(database, insert, ps -> {
                ps.setString(1, "orphan");
                ps.setString(2, "1");
                ps.setLong(3, 777);
            }, null, ROW));
            assertEquals(0, Jdbc.queryLong(database, "SELECT COUNT(*) FROM " + child, StatementBinder.NONE));
        }
    }

    @AllDatabases
    void insertAllReturnsTheStoredRowsInInputOrder(TestDatabase db) throws SQLException {
        try (Tables tables = db.tables()) {
            String generated = table(db, tables, true);
            Database database = db.database();
            List<String> labels = List.of("c", "a", "b", "e", "d");
            for (boolean batchReread : List.of(false, true)) {
                List<Row> rows = StoredRows.insertAll(database, write(db.dialect(), "INSERT INTO " + generated
                        + " (label, amount) VALUES (?, ?)", generated, batchReread), labels, null, (ps, label) -> {
                            ps.setString(1, label + batchReread);
                            ps.setBigDecimal(2, new BigDecimal("0.125"));
                        }, null, ROW);
                assertEquals(labels.stream().map(l -> l + batchReread).toList(), rows.stream().map(Row::label).toList());
                rows.forEach(row -> assertEquals(0, stored(db, "0.125").compareTo(row.amount()), row.toString()));
            }

            String assigned = table(db, tables, false);
            List<Row> input = List.of(new Row(30, "x", BigDecimal.ONE), new Row(10, "y", BigDecimal.TEN),
                    new Row(20, "z", new BigDecimal("9.999")));
            List<Row> stored = StoredRows.insertAll(database,
                    write(db.dialect(), "INSERT INTO " + assigned + " (id, label, amount) VALUES (?, ?, ?)", assigned),
                    input, Comparator.comparingLong(Row::id), (ps, row) -> {
                        ps.setLong(1, row.id());
                        ps.setString(2, row.label());
                        ps.setBigDecimal(3, row.amount());
                    }, (ps, row) -> ps.setLong(1, row.id()), ROW);
            assertEquals(List.of(30L, 10L, 20L), stored.stream().map(Row::id).toList(), "in input order");
            assertEquals(0, stored(db, "9.999").compareTo(stored.get(2).amount()), stored.toString());
        }
    }
}
