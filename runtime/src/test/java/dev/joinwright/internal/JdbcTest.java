package dev.joinwright.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinwright.DataAccessException;
import dev.joinwright.Database;
import dev.joinwright.testing.AllDatabases;
import dev.joinwright.testing.TestDatabases.Tables;
import dev.joinwright.testing.TestDatabases.TestDatabase;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

class JdbcTest {

    /** A table whose name must be quoted (like the reserved word "order") with a generated key. */
    private static String orderTable(TestDatabase db, Tables tables) throws SQLException {
        String table = tables.quotedName("order-x");
        tables.execute("CREATE TABLE " + table + " (id " + db.identity() + ", label VARCHAR(40) NOT NULL)"
                + db.tableOptions());
        return table;
    }

    @AllDatabases
    void queryOneOfMoreThanOneRowNamesTheQuery(TestDatabase db) throws SQLException {
        try (Tables tables = db.tables()) {
            String table = orderTable(db, tables);
            Database database = db.database();
            Jdbc.update(database, "INSERT INTO " + table + " (label) VALUES ('a')", StatementBinder.NONE);
            Jdbc.update(database, "INSERT INTO " + table + " (label) VALUES ('b')", StatementBinder.NONE);
            String sql = "SELECT label FROM " + table;
            assertEquals("Expected at most one row, got more: " + sql, assertThrows(DataAccessException.class,
                    () -> Jdbc.queryOne(database, sql, StatementBinder.NONE, rs -> rs.getString(1))).getMessage());
            assertEquals("OrderQueries.findByLabel returns Optional, so at most one row, but found more: " + sql,
                    assertThrows(DataAccessException.class, () -> Jdbc.queryOne(database, sql, StatementBinder.NONE,
                            rs -> rs.getString(1), "OrderQueries.findByLabel")).getMessage());
        }
    }

    @AllDatabases
    void batchJoinsTheCurrentTransaction(TestDatabase db) throws SQLException {
        try (Tables tables = db.tables()) {
            String table = orderTable(db, tables);
            Database database = db.database();
            assertThrows(IllegalStateException.class, () -> database.runInTransaction(() -> {
                Jdbc.batch(database, "INSERT INTO " + table + " (label) VALUES (?)", List.of("a", "b"),
                        (ps, label) -> ps.setString(1, label));
                throw new IllegalStateException("roll back");
            }));
            assertEquals(0, Jdbc.queryLong(database, "SELECT COUNT(*) FROM " + table, StatementBinder.NONE));
        }
    }

    @AllDatabases
    void queryByKeysChunksSeventyThousandKeys(TestDatabase db) throws SQLException {
        try (Tables tables = db.tables()) {
            String table = tables.name("keys");
            tables.execute("CREATE TABLE " + table + " (id BIGINT PRIMARY KEY, parent BIGINT NOT NULL)" + db.tableOptions());
            Database database = db.database();
            List<Long> ids = LongStream.rangeClosed(1, 70_000).boxed().collect(Collectors.toList());
            Jdbc.batch(database, "INSERT INTO " + table + " (id, parent) VALUES (?, ?)", ids, (ps, id) -> {
                ps.setLong(1, id);
                ps.setLong(2, id % 7);
            });
            List<Long> wanted = new ArrayList<>(ids);
            wanted.add(1L); // a duplicate
            wanted.add(-5L); // a key with no row
            List<Long> found = Jdbc.queryByKeys(database, "SELECT id FROM " + table + " WHERE id IN (", ")",
                    wanted, (ps, i, key) -> ps.setLong(i, key), rs -> rs.getLong(1));
            assertEquals(70_000, found.size());
            assertEquals(new HashSet<>(ids), new HashSet<>(found));
        }
    }

    @AllDatabases
    void queryByCompositeKeysChunksRowValues(TestDatabase db) throws SQLException {
        try (Tables tables = db.tables()) {
            String table = tables.name("pairs");
            tables.execute("CREATE TABLE " + table + " (a BIGINT NOT NULL, b VARCHAR(8) NOT NULL, v BIGINT NOT NULL,"
                    + " PRIMARY KEY (a, b))" + db.tableOptions());
            Database database = db.database();
            int width = 2;
            int chunk = Chunks.maxRowChunk(database.dialect(), width);
            List<Long> ids = LongStream.rangeClosed(1, chunk + 3L).boxed().collect(Collectors.toList()); // two chunks
            Jdbc.batch(database, "INSERT INTO " + table + " (a, b, v) VALUES (?, ?, ?)", ids, (ps, id) -> {
                ps.setLong(1, id);
                ps.setString(2, id % 2 == 0 ? "x" : "y");
                ps.setLong(3, id * 10);
            });
            List<Object[]> wanted = new ArrayList<>();
            ids.forEach(id -> wanted.add(new Object[] {id, id % 2 == 0 ? "x" : "y"}));
            wanted.add(new Object[] {1L, "x"}); // each part exists, the pair does not
            boolean values = database.dialect() == dev.joinwright.Dialect.SQLITE
                    || database.dialect() == dev.joinwright.Dialect.POSTGRESQL; // as SqlDialect.rowValuesIn
            String in = values ? "(a, b) IN (VALUES " : "(a, b) IN (";
            List<Long> found = Jdbc.queryByKeys(database, "SELECT v FROM " + table + " WHERE " + in, ")", width, wanted,
                    (ps, i, key) -> {
                        ps.setLong(i, (Long) key[0]);
                        ps.setString(i + 1, (String) key[1]);
                    }, rs -> rs.getLong(1));
            assertEquals(ids.size(), found.size());
            assertEquals(ids.stream().map(id -> id * 10).collect(Collectors.toSet()), new HashSet<>(found));
        }
    }

    @org.junit.jupiter.api.Test
    void rowValueChunksKeepEveryParameterUnderTheLimit() {
        assertEquals(8_192, Chunks.maxRowChunk(dev.joinwright.Dialect.SQLITE, 2));
        assertEquals(4_096, Chunks.maxRowChunk(dev.joinwright.Dialect.SQLITE, 3));
        assertEquals("(?, ?), (?, ?), (?, ?)", Chunks.rowPlaceholders(3, 2));
        assertEquals("?, ?", Chunks.rowPlaceholders(2, 1));
    }

    @org.junit.jupiter.api.Test
    void chunksArePowersOfTwoUnderTheLimit() {
        assertEquals(16_384, Chunks.maxChunk(dev.joinwright.Dialect.SQLITE, 0));
        assertEquals(32_768, Chunks.maxChunk(dev.joinwright.Dialect.POSTGRESQL, 0));
        assertEquals(16_384, Chunks.maxChunk(dev.joinwright.Dialect.POSTGRESQL, 32_768));
        assertEquals(1, Chunks.paddedSize(1));
        assertEquals(8, Chunks.paddedSize(5));
        assertEquals(8, Chunks.paddedSize(8));
        assertEquals("?, ?, ?, ?", Chunks.placeholders(4));
        assertEquals("?, ?, ?", Chunks.placeholders(3));
        assertEquals(List.of(), StoredRows.insertAll(null, RowWrite.statement("", null), List.of(), null, (ps, x) -> { }, null,
                rs -> rs.getLong(1)));
    }
}
