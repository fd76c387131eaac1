package dev.joinwright;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinwright.internal.Jdbc;
import dev.joinwright.internal.StatementBinder;
import dev.joinwright.testing.AllDatabases;
import dev.joinwright.testing.CountingDataSource;
import dev.joinwright.testing.ForwardingDataSource;
import dev.joinwright.testing.TestDatabases.Tables;
import dev.joinwright.testing.TestDatabases.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * {@link Database#stream} (and {@link Jdbc#stream}, which generated {@code streamAll()} calls): an
 * open cursor with the driver's streaming fetch size, released exactly once (at the end of the
 * rows, on a failure, on close), under the ownership rules of each factory, on four databases. The
 * memory bound itself (1,000,000 rows at {@code -Xmx64m}) is measured in the {@code it} module.
 */
class StreamTest {
    private static final int ROWS = 2_500;

    private static String table(TestDatabase db, Tables tables) throws SQLException {
        String table = tables.name("stream");
        tables.execute("CREATE TABLE " + table + " (id INTEGER PRIMARY KEY, name VARCHAR(40) NOT NULL)" + db.tableOptions());
        Jdbc.batch(db.database(), "INSERT INTO " + table + " (id, name) VALUES (?, ?)",
                IntStream.rangeClosed(1, ROWS).boxed().toList(), (ps, id) -> {
                    ps.setInt(1, id);
                    ps.setString(2, "row " + id);
                });
        return table;
    }

    private static Stream<Long> ids(Database database, String table) {
        return database.stream("SELECT id FROM " + table + " ORDER BY id", Database.Parameters.NONE, rs -> rs.getLong(1));
    }

    private static List<Long> oneTo(int n) {
        List<Long> ids = new ArrayList<>();
        for (long i = 1; i <= n; i++) {
            ids.add(i);
        }
        return ids;
    }

    @AllDatabases
    void streamsEveryRowInOrderWithTheStreamingFetchSizeAndGivesTheConnectionBack(TestDatabase db) throws SQLException {
        try (Tables tables = db.tables()) {
            String table = table(db, tables);
            CountingDataSource counting = new CountingDataSource(db.dataSource());
            Database database = Database.of(counting, db.dialect());
            List<Boolean> autoCommitWhileStreaming = new ArrayList<>();
            try (Stream<Long> rows = database.stream("SELECT id FROM " + table + " WHERE id <= ? ORDER BY id",
                    ps -> database.codecs().ints().setInt(ps, 1, ROWS), rs -> {
                        if (rs.getRow() <= 1) {
                            autoCommitWhileStreaming.add(rs.getStatement().getConnection().getAutoCommit());
                        }
                        return rs.getLong(1);
                    })) {
                assertEquals(1, counting.openConnections(), "the cursor holds its connection");
                assertEquals(oneTo(ROWS), rows.toList());
            }
            assertEquals(List.of(1_000), counting.fetchSizes(), "the streaming fetch size");
            assertEquals(List.of(db.dialect() != Dialect.POSTGRESQL), autoCommitWhileStreaming.subList(0, 1),
                    "PostgreSQL streams only in a transaction, so its cursor runs in one; the others in autocommit");
            assertEquals(0, counting.openConnections());
            assertEquals(List.of(true), counting.autoCommitOnClose(), "autocommit restored before the connection went back");

            assertEquals(ROWS, ids(database, table).count(), "not closed: released when the rows ran out");
            assertEquals(0, counting.openConnections());
        }
    }

    @AllDatabases
    void aStreamAbandonedAfterAFewRowsIsReleasedWhenClosedAndOnlyOnce(TestDatabase db) throws SQLException {
        try (Tables tables = db.tables()) {
            String table = table(db, tables);
            CountingDataSource counting = new CountingDataSource(db.dataSource());
            Database database = Database.of(counting, db.dialect());
            Stream<Long> rows = ids(database, table);
            Iterator<Long> it = rows.iterator();
            assertEquals(List.of(1L, 2L, 3L), List.of(it.next(), it.next(), it.next()));
            assertEquals(1, counting.openConnections());
            rows.close();
            assertEquals(0, counting.openConnections(), "closed after three rows: the connection is back");
            rows.close();
            assertEquals(1, counting.autoCommitOnClose().size(), "released once");
            assertEquals(ROWS, Jdbc.queryLong(database, "SELECT COUNT(*) FROM " + table, StatementBinder.NONE),
                    "the database goes on");
        }
    }

    @AllDatabases
    void aFailingRowReaderOrConsumerReleasesTheCursorAtOnce(TestDatabase db) throws SQLException {
        try (Tables tables = db.tables()) {
            String table = table(db, tables);
            CountingDataSource counting = new CountingDataSource(db.dataSource());
            Database database = Database.of(counting, db.dialect());
            IllegalStateException thrown = new IllegalStateException("the reader fails at row 5");
            Stream<Long> failing = database.stream("SELECT id FROM " + table + " ORDER BY id", Database.Parameters.NONE,
                    rs -> {
                        if (rs.getLong(1) == 5) {
                            throw thrown;
                        }
                        return rs.getLong(1);
                    });
            List<Long> seen = new ArrayList<>();
            assertSame(thrown, assertThrows(IllegalStateException.class, () -> failing.forEach(seen::add)));
            assertEquals(List.of(1L, 2L, 3L, 4L), seen);
            assertEquals(0, counting.openConnections(), "released by the failure, before any close");
            failing.close();

            Stream<Long> consumerFails = ids(database, table);
            assertThrows(ArithmeticException.class, () -> consumerFails.forEach(id -> {
                if (id == 7) {
                    throw new ArithmeticException("the consumer fails");
                }
            }));
            assertEquals(0, counting.openConnections());
            assertEquals(List.of(true, true), counting.autoCommitOnClose());
        }
    }

    @AllDatabases
    void aBadStatementFailsAtTheCallTranslatedAndGivesTheConnectionBack(TestDatabase db) throws SQLException {
        try (Tables tables = db.tables()) {
            String table = table(db, tables);
            CountingDataSource counting = new CountingDataSource(db.dataSource());
            Database database = Database.of(counting, db.dialect());
            assertThrows(DataAccessException.class, () -> database.stream("SELECT no_such_column FROM " + table,
                    Database.Parameters.NONE, rs -> rs.getLong(1)));
            assertEquals(0, counting.openConnections());
            assertEquals(List.of(true), counting.autoCommitOnClose());
        }
    }

    @AllDatabases
    void insideATransactionTheStreamReadsOnItsConnectionAndAFailureMarksItRollbackOnly(TestDatabase db)
            throws SQLException {
        try (Tables tables = db.tables()) {
            String table = table(db, tables);
            CountingDataSource counting = new CountingDataSource(db.dataSource());
            Database database = Database.of(counting, db.dialect());
            long seen = database.inTransaction(() -> {
                Jdbc.update(database, "INSERT INTO " + table + " (id, name) VALUES (" + (ROWS + 1) + ", 'new')",
                        StatementBinder.NONE);
                try (Stream<Long> rows = ids(database, table)) {
                    return rows.count();
                }
            });
            assertEquals(ROWS + 1, seen, "the stream saw the transaction's own insert");
            assertEquals(1, counting.connectionsTaken(), "one connection for the whole transaction");

            assertThrows(DataAccessException.class, () -> database.runInTransaction(() -> {
                Jdbc.update(database, "DELETE FROM " + table + " WHERE id > 10", StatementBinder.NONE);
                try (Stream<Long> rows = ids(database, table)) {
                    try {
                        rows.forEach(id -> {
                            throw new IllegalStateException("caught inside the transaction");
                        });
                    } catch (IllegalStateException expected) {
                        // caught, yet the transaction must not commit
                    }
                }
                assertEquals(10, Jdbc.queryLong(database, "SELECT COUNT(*) FROM " + table, StatementBinder.NONE));
            }));
            assertEquals(ROWS + 1, Jdbc.queryLong(database, "SELECT COUNT(*) FROM " + table, StatementBinder.NONE),
                    "the failure inside the stream rolled the transaction back");
            assertEquals(0, counting.openConnections());
        }
    }

    @AllDatabases
    void anApplicationsTransactionIsReadInAndNeverEndedOrChanged(TestDatabase db) throws SQLException {
        try (Tables tables = db.tables(); Connection app = db.connect()) {
            String table = table(db, tables);
            sqliteForeignKeysOn(db, app);
            app.setAutoCommit(false);
            try (Statement s = app.createStatement()) {
                s.executeUpdate("DELETE FROM " + table + " WHERE id > 10");
            }
            Database database = Database.of(app);
            try (Stream<Long> rows = ids(database, table)) {
                assertEquals(oneTo(10), rows.toList(), "read inside the application's transaction");
            }
            assertFalse(app.getAutoCommit(), "autocommit never touched");
            assertFalse(app.isClosed(), "the application's connection is never closed");
            app.rollback();
            app.setAutoCommit(true);
            assertEquals(ROWS, Jdbc.queryLong(database, "SELECT COUNT(*) FROM " + table, StatementBinder.NONE),
                    "the application's rollback undid its delete: nothing was committed for it");

            try (Stream<Long> rows = ids(database, table)) {
                assertEquals(ROWS, rows.count());
            }
            assertTrue(app.getAutoCommit(), "autocommit on again after the stream's own read transaction (PostgreSQL)");
        }
    }

    @AllDatabases
    void managedConnectionsWithAutocommitOffAreJoinedAndOwnedOnesAreEnded(TestDatabase db) throws SQLException {
        try (Tables tables = db.tables()) {
            String table = table(db, tables);
            CountingDataSource managedCounting = new CountingDataSource(autocommitOff(db.dataSource()));
            try (Stream<Long> rows = ids(Database.managed(managedCounting, db.dialect()), table)) {
                assertEquals(ROWS, rows.count());
            }
            assertEquals(List.of(false), managedCounting.autoCommitOnClose(), "the manager's connection as it came");

            CountingDataSource ownedCounting = new CountingDataSource(autocommitOff(db.dataSource()));
            Database owned = Database.of(ownedCounting, db.dialect());
            try (Stream<Long> rows = ids(owned, table)) {
                assertEquals(3, rows.limit(3).count());
            }
            assertEquals(0, ownedCounting.openConnections());
            assertEquals(ROWS, Jdbc.queryLong(owned, "SELECT COUNT(*) FROM " + table, StatementBinder.NONE));
        }
    }

    private static void sqliteForeignKeysOn(TestDatabase db, Connection connection) throws SQLException {
        if (db.dialect() == Dialect.SQLITE) {
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA foreign_keys = ON");
            }
        }
    }

    /** Like a pool configured with autoCommit=false. */
    private static DataSource autocommitOff(DataSource plain) {
        return new ForwardingDataSource(plain) {
            @Override
            public Connection getConnection() throws SQLException {
                Connection c = plain.getConnection();
                try (Statement s = c.createStatement()) {
                    if (c.getMetaData().getDatabaseProductName().startsWith("SQLite")) {
                        s.execute("PRAGMA foreign_keys = ON");
                    }
                }
                c.setAutoCommit(false);
                return c;
            }
        };
    }
}
