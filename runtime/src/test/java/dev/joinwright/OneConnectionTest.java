package dev.joinwright;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.joinwright.internal.Jdbc;
import dev.joinwright.internal.StatementBinder;
import dev.joinwright.testing.AllDatabases;
import dev.joinwright.testing.CountingDataSource;
import dev.joinwright.testing.ForwardingDataSource;
import dev.joinwright.testing.TestDatabases.Tables;
import dev.joinwright.testing.TestDatabases.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * {@link Database#onOneConnection}: a sequence of calls takes one connection instead of one per
 * statement, opens no transaction (each write is durable when its call returns, as outside it),
 * gives the connection back on failure, nests, and inside a transaction uses the transaction's.
 */
class OneConnectionTest {

    private static String table(TestDatabase db, Tables tables) throws SQLException {
        String table = tables.name("one");
        tables.execute("CREATE TABLE " + table + " (id INTEGER PRIMARY KEY)" + db.tableOptions());
        return table;
    }

    private static long count(Database database, String table) {
        return Jdbc.queryLong(database, "SELECT COUNT(*) FROM " + table, StatementBinder.NONE);
    }

    private static int insert(Database database, String table, int id) {
        return Jdbc.update(database, "INSERT INTO " + table + " (id) VALUES (?)", ps -> ps.setInt(1, id));
    }

    /** Counted on a connection of its own, so only committed rows count. */
    private static long committed(TestDatabase db, String table) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @AllDatabases
    void aSequenceOfStatementsTakesOneConnection(TestDatabase db) throws SQLException {
        try (Tables tables = db.tables()) {
            String table = table(db, tables);
            CountingDataSource counting = new CountingDataSource(db.dataSource());
            Database database = Database.of(counting, db.dialect());

            long sum = database.onOneConnection(() -> count(database, table) + count(database, table));
            assertEquals(0L, sum);
            assertEquals(1, counting.connectionsTaken(), "two statements, one connection");
            assertEquals(0, counting.openConnections(), "given back");

            database.onOneConnection(() -> database.onOneConnection(() -> count(database, table))
                    + database.onOneConnection(() -> count(database, table)));
            assertEquals(2, counting.connectionsTaken(), "nested calls run on the outer one's connection");

            assertEquals("nothing", database.onOneConnection(() -> "nothing"));
            assertEquals(2, counting.connectionsTaken(), "no statement, no connection: taken at the first");

            count(database, table);
            count(database, table);
            assertEquals(4, counting.connectionsTaken(), "outside it, one connection per statement, as before");
        }
    }

    @AllDatabases
    void failuresPropagateAndTheConnectionIsGivenBack(TestDatabase db) throws SQLException {
        try (Tables tables = db.tables()) {
            String table = table(db, tables);
            CountingDataSource counting = new CountingDataSource(db.dataSource());
            Database database = Database.of(counting, db.dialect());

            IllegalStateException thrown = new IllegalStateException("the work fails");
            assertSame(thrown, assertThrows(IllegalStateException.class, () -> database.onOneConnection(() -> {
                count(database, table);
                throw thrown;
            })));
            assertInstanceOf(DataAccessException.class, assertThrows(RuntimeException.class,
                    () -> database.onOneConnection(() -> {
                        throw new SQLException("thrown by hand-written JDBC");
                    })), "a SQLException of the work is translated");
            assertThrows(UniqueViolationException.class, () -> database.onOneConnection(() -> {
                insert(database, table, 1);
                return insert(database, table, 1);
            }));
            assertEquals(0, counting.openConnections(), "every connection given back");
            assertEquals(1, committed(db, table), "the first insert is durable: no transaction around them");

            // the held connection is still usable after a failed statement the work caught
            long after = database.onOneConnection(() -> {
                try {
                    insert(database, table, 1);
                } catch (UniqueViolationException expected) {
                    // caught by the work
                }
                return count(database, table);
            });
            assertEquals(1L, after);
            assertEquals(0, counting.openConnections());
        }
    }

    @AllDatabases
    void writesInsideAreDurableWhenTheirCallReturnsAlsoFromAPoolWithAutocommitOff(TestDatabase db)
            throws SQLException {
        try (Tables tables = db.tables()) {
            String table = table(db, tables);
            DataSource autoCommitOff = new ForwardingDataSource(db.dataSource()) {
                @Override
                public Connection getConnection() throws SQLException {
                    Connection connection = super.getConnection();
                    connection.setAutoCommit(false);
                    return connection;
                }
            };
            CountingDataSource counting = new CountingDataSource(autoCommitOff);
            Database database = Database.of(counting, db.dialect());
            database.onOneConnection(() -> {
                insert(database, table, 1);
                assertEquals(1, committed(db, table), "committed when the call returned");
                insert(database, table, 2);
                return null;
            });
            assertEquals(2, committed(db, table));
            assertEquals(1, counting.connectionsTaken());
            assertEquals(0, counting.openConnections());
        }
    }

    @AllDatabases
    void aTransactionInsideRunsOnTheHeldConnectionAndOneOutsideIsJoined(TestDatabase db) throws SQLException {
        try (Tables tables = db.tables()) {
            String table = table(db, tables);
            CountingDataSource counting = new CountingDataSource(db.dataSource());
            Database database = Database.of(counting, db.dialect());

            database.onOneConnection(() -> {
                assertThrows(IllegalStateException.class, () -> database.runInTransaction(() -> {
                    insert(database, table, 1);
                    throw new IllegalStateException("roll back");
                }));
                database.runInTransaction(() -> insert(database, table, 2));
                return count(database, table);
            });
            assertEquals(1, counting.connectionsTaken(), "the transactions ran on the held connection");
            assertEquals(0, counting.openConnections());
            assertEquals(1, committed(db, table), "rolled back, then committed");
            assertEquals(java.util.List.of(true), counting.autoCommitOnClose(), "given back with autocommit on");

            assertThrows(IllegalStateException.class, () -> database.runInTransaction(() -> {
                database.onOneConnection(() -> insert(database, table, 3));
                assertEquals(2L, count(database, table), "inside a transaction, on its connection");
                throw new IllegalStateException("roll back the transaction");
            }));
            assertEquals(1, committed(db, table), "the write inside onOneConnection was the transaction's");
            assertEquals(2, counting.connectionsTaken());
        }
    }
}
