package dev.joinwright;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinwright.internal.Jdbc;
import dev.joinwright.internal.StatementBinder;
import dev.joinwright.testing.AllDatabases;
import dev.joinwright.testing.TestDatabases.Tables;
import dev.joinwright.testing.TestDatabases.TestDatabase;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * SPEC section 6: Joinwright commits only what it owns. An application's connection with
 * autocommit off keeps its transaction (Joinwright joins it, with savepoints for its own atomic
 * writes); a data source whose connections arrive with autocommit off is Joinwright's and its
 * writes are durable; every Throwable rolls back.
 */
class TransactionOwnershipTest {

    private static String table(TestDatabase db, Tables tables) throws SQLException {
        String table = tables.name("own");
        tables.execute("CREATE TABLE " + table + " (id INTEGER PRIMARY KEY)" + db.tableOptions());
        return table;
    }

    private static int insert(Database database, String table, int id) {
        return Jdbc.update(database, "INSERT INTO " + table + " (id) VALUES (?)", ps -> ps.setInt(1, id));
    }

    private static void insertAll(Database database, String table, List<Integer> ids) {
        Jdbc.batch(database, "INSERT INTO " + table + " (id) VALUES (?)", ids, (ps, id) -> ps.setInt(1, id));
    }

    /** Counted on a connection of its own, so only committed rows count. */
    private static long committed(TestDatabase db, String table) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** An application's connection, in a transaction of its own; SQLite with foreign keys on, as it must. */
    private static Connection applicationTransaction(TestDatabase db) throws SQLException {
        Connection app = db.connect();
        if (db.dialect() == Dialect.SQLITE) {
            try (Statement s = app.createStatement()) {
                s.execute("PRAGMA foreign_keys = ON");
            }
        }
        app.setAutoCommit(false);
        return app;
    }

    @AllDatabases
    void anApplicationTransactionIsNeverCommittedByJoinwright(TestDatabase db) throws SQLException {
        try (Tables tables = db.tables(); Connection app = applicationTransaction(db)) {
            String table = table(db, tables);
            Database database = Database.of(app);
            insert(database, table, 1);
            insertAll(database, table, List.of(2, 3));
            database.runInTransaction(() -> insert(database, table, 4));
            assertEquals(4, Jdbc.queryLong(database, "SELECT COUNT(*) FROM " + table, StatementBinder.NONE),
                    "the application's transaction sees Joinwright's writes");
            app.rollback();
            assertFalse(app.getAutoCommit(), "Joinwright never switched autocommit on");
            assertFalse(app.isClosed(), "Joinwright never closes the application's connection");
            assertEquals(0, committed(db, table), "the owner's rollback undid every Joinwright write");

            insertAll(database, table, List.of(5, 6));
            app.commit();
            assertEquals(2, committed(db, table), "and the owner's commit commits them");
        }
    }

    @AllDatabases
    void aFailedBatchInsideTheOwnersTransactionRollsBackToItsSavepoint(TestDatabase db) throws SQLException {
        try (Tables tables = db.tables(); Connection app = applicationTransaction(db)) {
            String table = table(db, tables);
            Database database = Database.of(app);
            insert(database, table, 1);
            assertThrows(UniqueViolationException.class, () -> insertAll(database, table, List.of(2, 3, 1)));
            assertThrows(IllegalStateException.class, () -> database.runInTransaction(() -> {
                insert(database, table, 7);
                throw new IllegalStateException("the work fails");
            }));
            insert(database, table, 8); // the owner's transaction is still usable (PostgreSQL: not aborted)
            app.commit();
            assertEquals(2, committed(db, table), "row 1 and row 8; the failed batch and the failed work are undone");
        }
    }

    @AllDatabases
    void aConnectionWithAutocommitOnGetsAShortTransactionOfItsOwn(TestDatabase db) throws SQLException {
        try (Tables tables = db.tables(); Connection app = db.connect()) {
            String table = table(db, tables);
            Database database = Database.of(app);
            assertThrows(UniqueViolationException.class, () -> insertAll(database, table, List.of(1, 2, 1)));
            assertEquals(0, committed(db, table), "the batch is atomic");
            insertAll(database, table, List.of(1, 2));
            assertTrue(app.getAutoCommit(), "autocommit restored");
            assertEquals(2, committed(db, table));
        }
    }

    @AllDatabases
    void ownedConnectionsThatArriveWithAutocommitOffAreCommitted(TestDatabase db) throws SQLException {
        try (Tables tables = db.tables()) {
            String table = table(db, tables);
            Database database = Database.of(autocommitOff(db), db.dialect());
            assertEquals(1, insert(database, table, 1));
            insertAll(database, table, List.of(2, 3));
            database.runInTransaction(() -> insert(database, table, 4));
            assertEquals(1, Jdbc.update(database, "DELETE FROM " + table + " WHERE id = 4", StatementBinder.NONE));
            assertEquals(3, committed(db, table), "what Joinwright reported written is durable");
            assertThrows(UniqueViolationException.class, () -> insertAll(database, table, List.of(5, 1)));
            assertEquals(3, committed(db, table));
        }
    }

    @org.junit.jupiter.api.Test
    void sqliteForeignKeysAreOnForEveryConnectionOrTheConnectionIsRefused() throws SQLException {
        TestDatabase db = dev.joinwright.testing.TestDatabases.SQLITE;
        try (Tables tables = db.tables()) {
            String parent = tables.name("parent");
            String child = tables.name("child");
            tables.execute("CREATE TABLE " + parent + " (id INTEGER PRIMARY KEY)",
                    "CREATE TABLE " + child + " (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES "
                            + parent + " (id))");
            String orphan = "INSERT INTO " + child + " (id, parent_id) VALUES (1, 42)";
            Database owned = Database.of(autocommitOff(db), Dialect.SQLITE);
            assertThrows(ForeignKeyViolationException.class, () -> Jdbc.update(owned, orphan, StatementBinder.NONE),
                    "a pooled connection that arrives in an (empty) transaction gets foreign keys on");
            assertThrows(ForeignKeyViolationException.class, () -> owned.runInTransaction(
                    () -> Jdbc.update(owned, orphan, StatementBinder.NONE)));
            try (Connection app = db.connect()) {
                app.setAutoCommit(false); // foreign keys off, inside a transaction Joinwright does not own
                DataAccessException refused = assertThrows(DataAccessException.class,
                        () -> Jdbc.update(Database.of(app), orphan, StatementBinder.NONE));
                assertTrue(refused.getMessage().contains("foreign_keys=true"), refused.getMessage());
                app.rollback();
            }
            assertEquals(0, committed(db, child));
        }
    }

    /** Like a pool configured with autoCommit=false: every connection arrives with autocommit off. */
    private static javax.sql.DataSource autocommitOff(TestDatabase db) {
        javax.sql.DataSource plain = db.dataSource();
        return new dev.joinwright.testing.ForwardingDataSource(plain) {
            @Override
            public Connection getConnection() throws SQLException {
                Connection c = plain.getConnection();
                c.setAutoCommit(false);
                return c;
            }
        };
    }

    @AllDatabases
    void aCheckedExceptionThrownSneakilyRollsBackAndIsRethrownAsItIs(TestDatabase db) throws SQLException {
        try (Tables tables = db.tables()) {
            String table = table(db, tables);
            Database database = db.database();
            IOException io = new IOException("thrown sneakily, as Kotlin or @SneakyThrows would");
            Throwable thrown = assertThrows(Throwable.class, () -> database.runInTransaction(() -> {
                insert(database, table, 1);
                throw Sneaky.<RuntimeException>sneak(io);
            }));
            assertSame(io, thrown);
            Throwable fromBatch = assertThrows(Throwable.class, () -> Jdbc.batch(database,
                    "INSERT INTO " + table + " (id) VALUES (?)", List.of(1, 2, 3), (ps, id) -> {
                        if (id == 3) {
                            throw Sneaky.<RuntimeException>sneak(io); // an entity accessor that throws
                        }
                        ps.setInt(1, id);
                    }));
            assertSame(io, fromBatch);
            assertEquals(0, committed(db, table), "nothing of either is committed, also not by restoring autocommit");
        }
    }

    @AllDatabases
    void aCaughtInnerAssertionErrorMarksTheTransactionRollbackOnly(TestDatabase db) throws SQLException {
        try (Tables tables = db.tables()) {
            String table = table(db, tables);
            Database database = db.database();
            DataAccessException e = assertThrows(DataAccessException.class, () -> database.runInTransaction(() -> {
                insert(database, table, 1);
                try {
                    database.runInTransaction(() -> {
                        insert(database, table, 2);
                        throw new AssertionError("inner check failed");
                    });
                } catch (AssertionError expected) {
                    // caught by the outer body
                }
            }));
            assertInstanceOf(AssertionError.class, e.getCause());
            assertEquals(0, committed(db, table));
        }
    }

    @AllDatabases
    void isolationAndReadOnlyAreOptionsAndAreRestored(TestDatabase db) throws SQLException {
        try (Tables tables = db.tables(); Connection app = db.connect()) {
            String table = table(db, tables);
            Database database = Database.of(app);
            int before = app.getTransactionIsolation();
            int inside = database.inTransaction(TransactionOptions.DEFAULTS.isolation(Isolation.SERIALIZABLE),
                    () -> database.withConnection(Connection::getTransactionIsolation));
            assertEquals(Connection.TRANSACTION_SERIALIZABLE, inside);
            assertEquals(before, app.getTransactionIsolation(), "isolation restored");

            TransactionOptions readOnly = TransactionOptions.DEFAULTS.readOnly(true);
            assertEquals(0L, database.inTransaction(readOnly,
                    () -> Jdbc.queryLong(database, "SELECT COUNT(*) FROM " + table, StatementBinder.NONE)));
            if (db.dialect() != Dialect.H2) { // H2 has no read-only transactions: a hint there
                assertThrows(DataAccessException.class, () -> database.runInTransaction(readOnly,
                        () -> insert(database, table, 1)));
            }
            assertEquals(1, insert(database, table, 2), "read-write again afterwards");
            assertThrows(IllegalStateException.class, () -> database.runInTransaction(() ->
                    database.runInTransaction(readOnly, () -> { })), "a nested call cannot change the settings");
        }
    }

    @AllDatabases
    void retryRerunsTheWholeOutermostTransactionABoundedNumberOfTimes(TestDatabase db) throws SQLException {
        try (Tables tables = db.tables()) {
            String table = table(db, tables);
            Database database = db.database();
            AtomicInteger runs = new AtomicInteger();
            TransactionOptions retry = TransactionOptions.DEFAULTS.retry(3, Duration.ofMillis(1));
            int result = database.inTransaction(retry, () -> {
                int run = runs.incrementAndGet();
                insert(database, table, run);
                database.runInTransaction(() -> { // a nested call is not retried on its own
                    if (run < 3) {
                        throw new SQLException("deadlock detected (simulated)", "40P01");
                    }
                });
                return run;
            });
            assertEquals(3, result);
            assertEquals(3, runs.get());
            assertEquals(1, committed(db, table), "only the third run's insert is committed");

            runs.set(0);
            assertThrows(RetryableException.class, () -> database.runInTransaction(retry, () -> {
                runs.incrementAndGet();
                throw new SQLException("serialization failure (simulated)", "40001");
            }));
            assertEquals(3, runs.get(), "bounded: three attempts, then the failure");
            runs.set(0);
            assertThrows(UniqueViolationException.class, () -> database.runInTransaction(retry, () -> {
                runs.incrementAndGet();
                insert(database, table, 3);
            }));
            assertEquals(1, runs.get(), "other failures are not retried");
        }
    }

    /** Throws any Throwable without declaring it, as Kotlin and Lombok's @SneakyThrows do. */
    static final class Sneaky {
        private Sneaky() {}

        @SuppressWarnings("unchecked")
        static <E extends Throwable> RuntimeException sneak(Throwable t) throws E {
            throw (E) t;
        }
    }
}
