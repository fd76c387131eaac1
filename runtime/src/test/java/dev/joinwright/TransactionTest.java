package dev.joinwright;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinwright.internal.Jdbc;
import dev.joinwright.internal.StatementBinder;
import dev.joinwright.testing.AllDatabases;
import dev.joinwright.testing.TestDatabases.Tables;
import dev.joinwright.testing.TestDatabases.TestDatabase;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class TransactionTest {

    private static String table(TestDatabase db, Tables tables) throws SQLException {
        String table = tables.name("tx");
        tables.execute("CREATE TABLE " + table + " (id INTEGER PRIMARY KEY)" + db.tableOptions());
        return table;
    }

    private static int insert(Database database, String table, int id) {
        return Jdbc.update(database, "INSERT INTO " + table + " (id) VALUES (?)", ps -> ps.setInt(1, id));
    }

    private static long count(Database database, String table) {
        return Jdbc.queryLong(database, "SELECT COUNT(*) FROM " + table, StatementBinder.NONE);
    }

    @AllDatabases
    void commitsOnSuccessAndRollsBackOnException(TestDatabase db) throws SQLException {
        try (Tables tables = db.tables()) {
            String table = table(db, tables);
            Database database = db.database();
            assertEquals(2, database.inTransaction(() -> insert(database, table, 1) + insert(database, table, 2)));
            IllegalStateException thrown = new IllegalStateException("boom");
            assertEquals(thrown, assertThrows(IllegalStateException.class, () -> database.runInTransaction(() -> {
                insert(database, table, 3);
                throw thrown;
            })));
            assertThrows(DataAccessException.class, () -> database.runInTransaction(() -> {
                insert(database, table, 4);
                throw new SQLException("checked", "HY000");
            }));
            assertEquals(2, count(database, table));
        }
    }

    @AllDatabases
    void nestedTransactionsJoinTheOuterOne(TestDatabase db) throws SQLException {
        try (Tables tables = db.tables()) {
            String table = table(db, tables);
            Database database = db.database();
            assertThrows(IllegalStateException.class, () -> database.runInTransaction(() -> {
                insert(database, table, 1);
                database.runInTransaction(() -> insert(database, table, 2));
                throw new IllegalStateException("outer fails");
            }));
            assertEquals(0, count(database, table));
        }
    }

    @AllDatabases
    void aCaughtFailureStillRollsBackTheTransaction(TestDatabase db) throws SQLException {
        try (Tables tables = db.tables()) {
            String table = table(db, tables);
            Database database = db.database();
            DataAccessException e = assertThrows(DataAccessException.class, () -> database.runInTransaction(() -> {
                insert(database, table, 1);
                try {
                    insert(database, table, 1);
                } catch (UniqueViolationException expected) {
                    // caught and ignored: MySQL and SQLite would commit the first insert
                }
            }));
            assertInstanceOf(UniqueViolationException.class, e.getCause());
            assertEquals(0, count(database, table));
        }
    }

    @AllDatabases
    void aConnectionKilledMidTransactionDoesNotPoisonTheNextCall(TestDatabase db) throws SQLException {
        String kill;
        switch (db.dialect()) {
            case POSTGRESQL: kill = "SELECT pg_terminate_backend(pg_backend_pid())"; break;
            case MYSQL: kill = "KILL CONNECTION_ID()"; break;
            default: return; // embedded databases have no server to kill the connection
        }
        try (Tables tables = db.tables()) {
            String table = table(db, tables);
            Database database = db.database();
            DataAccessException e = assertThrows(DataAccessException.class, () -> database.runInTransaction(() -> {
                insert(database, table, 1);
                database.withConnection(c -> {
                    try (Statement s = c.createStatement()) {
                        return s.execute(kill);
                    }
                });
            }));
            assertInstanceOf(SQLException.class, e.getCause());
            assertEquals(1, database.inTransaction(() -> insert(database, table, 2)));
            assertEquals(1, count(database, table));
        }
    }

    @Test
    void sqliteConnectionsEnforceForeignKeys() {
        Database database = dev.joinwright.testing.TestDatabases.SQLITE.database();
        assertEquals(Long.valueOf(1L), database.<Long>withConnection(c -> {
            try (Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery("PRAGMA foreign_keys")) {
                return rs.next() ? rs.getLong(1) : -1L;
            }
        }));
    }

    @Test
    void h2InMemoryIsShared() {
        Database one = Database.h2InMemory("tx-test");
        Database two = Database.h2InMemory("tx-test");
        assertEquals(Dialect.H2, one.dialect());
        Jdbc.update(one, "CREATE TABLE IF NOT EXISTS shared_t (id INT)", StatementBinder.NONE);
        Jdbc.update(one, "INSERT INTO shared_t VALUES (1)", StatementBinder.NONE);
        assertTrue(count(two, "shared_t") >= 1);
        assertEquals(Dialect.H2, Database.of(one.dataSource()).dialect());
    }
}
