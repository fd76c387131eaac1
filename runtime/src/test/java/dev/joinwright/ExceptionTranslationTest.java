package dev.joinwright;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinwright.internal.Jdbc;
import dev.joinwright.internal.StatementBinder;
import dev.joinwright.testing.AllDatabases;
import dev.joinwright.testing.TestDatabases.Tables;
import dev.joinwright.testing.TestDatabases.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Triggers each kind of violation on each database and checks the translation. */
class ExceptionTranslationTest {

    /** Parent table {@code p} (unique email), child table {@code c} (FK to p), one row in each. */
    private static String[] schema(TestDatabase db, Tables tables) throws SQLException {
        String parent = tables.name("parent");
        String child = tables.name("child");
        tables.execute(
                "CREATE TABLE " + parent + " (id INTEGER PRIMARY KEY, email VARCHAR(50) NOT NULL,"
                        + " CONSTRAINT uq_" + parent + " UNIQUE (email))" + db.tableOptions(),
                "CREATE TABLE " + child + " (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL,"
                        + " CONSTRAINT fk_" + child + " FOREIGN KEY (parent_id) REFERENCES " + parent + " (id))"
                        + db.tableOptions(),
                "INSERT INTO " + parent + " (id, email) VALUES (1, 'a@example.com')",
                "INSERT INTO " + child + " (id, parent_id) VALUES (1, 1)");
        return new String[] {parent, child};
    }

    @AllDatabases
    void uniqueViolationNamesConstraint(TestDatabase db) throws SQLException {
        try (Tables tables = db.tables()) {
            String parent = schema(db, tables)[0];
            Database database = db.database();
            UniqueViolationException e = assertThrows(UniqueViolationException.class, () -> Jdbc.update(database,
                    "INSERT INTO " + parent + " (id, email) VALUES (2, 'a@example.com')", StatementBinder.NONE));
            assertInstanceOf(SQLException.class, e.getCause());
            if (db.dialect() == Dialect.SQLITE) {
                assertName(parent, e.table());
                assertName("email", e.column());
                assertEquals(2067, e.vendorCode());
            } else {
                assertName("uq_" + parent, e.constraint());
            }
            if (db.dialect() == Dialect.H2) {
                assertName(parent, e.table());
            }
        }
    }

    @AllDatabases
    void primaryKeyViolationIsUnique(TestDatabase db) throws SQLException {
        try (Tables tables = db.tables()) {
            String parent = schema(db, tables)[0];
            Database database = db.database();
            UniqueViolationException e = assertThrows(UniqueViolationException.class, () -> Jdbc.update(database,
                    "INSERT INTO " + parent + " (id, email) VALUES (1, 'b@example.com')", StatementBinder.NONE));
            if (db.dialect() == Dialect.SQLITE || db.dialect() == Dialect.H2) {
                assertName(parent, e.table());
            }
            if (db.dialect() == Dialect.MYSQL) {
                assertName("PRIMARY", e.constraint());
            }
        }
    }

    @AllDatabases
    void notNullViolationNamesColumn(TestDatabase db) throws SQLException {
        try (Tables tables = db.tables()) {
            String parent = schema(db, tables)[0];
            Database database = db.database();
            NotNullViolationException e = assertThrows(NotNullViolationException.class, () -> Jdbc.update(database,
                    "INSERT INTO " + parent + " (id, email) VALUES (3, ?)", ps -> ps.setNull(1, java.sql.Types.VARCHAR)));
            assertName("email", e.column());
            if (db.dialect() == Dialect.POSTGRESQL || db.dialect() == Dialect.SQLITE) {
                assertName(parent, e.table());
            }
        }
    }

    @AllDatabases
    void foreignKeyViolationOnInsertAndDelete(TestDatabase db) throws SQLException {
        try (Tables tables = db.tables()) {
            String[] names = schema(db, tables);
            Database database = db.database();
            ForeignKeyViolationException insert = assertThrows(ForeignKeyViolationException.class,
                    () -> Jdbc.update(database, "INSERT INTO " + names[1] + " (id, parent_id) VALUES (2, 99)",
                            StatementBinder.NONE));
            ForeignKeyViolationException delete = assertThrows(ForeignKeyViolationException.class,
                    () -> Jdbc.update(database, "DELETE FROM " + names[0] + " WHERE id = 1", StatementBinder.NONE));
            if (db.dialect() == Dialect.SQLITE) {
                assertEquals(787, insert.vendorCode()); // SQLite names neither table nor constraint
                return;
            }
            for (ForeignKeyViolationException e : List.of(insert, delete)) {
                assertName(names[1], e.table());
                assertName("fk_" + names[1], e.constraint());
            }
        }
    }

    @AllDatabases
    void batchFailureIsTranslatedFromTheWrappedError(TestDatabase db) throws SQLException {
        try (Tables tables = db.tables()) {
            String parent = schema(db, tables)[0];
            Database database = db.database();
            UniqueViolationException e = assertThrows(UniqueViolationException.class, () -> Jdbc.batch(database,
                    "INSERT INTO " + parent + " (id, email) VALUES (?, ?)", List.of(10, 11),
                    (ps, id) -> {
                        ps.setInt(1, id);
                        ps.setString(2, "same@example.com");
                    }));
            assertInstanceOf(SQLException.class, e.getCause());
            assertEquals(1, Jdbc.queryLong(database, "SELECT COUNT(*) FROM " + parent, StatementBinder.NONE),
                    "the batch is atomic");
        }
    }

    @AllDatabases
    void lockTimeoutIsRetryable(TestDatabase db) throws SQLException {
        if (db.dialect() == Dialect.H2) {
            return; // H2's in-memory MVStore row locks: covered by the unit test of code 50200
        }
        try (Tables tables = db.tables()) {
            String parent = schema(db, tables)[0];
            Database database = db.database();
            try (Connection holder = db.connect()) {
                holder.setAutoCommit(false);
                try (Statement s = holder.createStatement()) {
                    s.executeUpdate("UPDATE " + parent + " SET email = 'held' WHERE id = 1");
                }
                RetryableException e = assertThrows(RetryableException.class, () -> database.runInTransaction(() -> {
                    database.withConnection(c -> {
                        try (Statement s = c.createStatement()) {
                            return s.execute(lockTimeoutStatement(db.dialect()));
                        }
                    });
                    Jdbc.update(database, "UPDATE " + parent + " SET email = 'waiting' WHERE id = 1", StatementBinder.NONE);
                }));
                assertInstanceOf(SQLException.class, e.getCause());
                holder.rollback();
            }
        }
    }

    private static String lockTimeoutStatement(Dialect dialect) {
        switch (dialect) {
            case POSTGRESQL: return "SET lock_timeout = '200ms'";
            case MYSQL: return "SET SESSION innodb_lock_wait_timeout = 1";
            default: return "PRAGMA busy_timeout = 0";
        }
    }

    @AllDatabases
    void otherErrorsAreDataAccessExceptionsWithTheCause(TestDatabase db) {
        Database database = db.database();
        DataAccessException e = assertThrows(DataAccessException.class,
                () -> Jdbc.update(database, "SELECT * FROM no_such_table_joinwright", StatementBinder.NONE));
        assertSame(DataAccessException.class, e.getClass());
        assertInstanceOf(SQLException.class, e.getCause());
    }

    @AllDatabases
    void checkViolationNamesTheConstraint(TestDatabase db) throws SQLException {
        try (Tables tables = db.tables()) {
            String table = tables.name("checked");
            tables.execute("CREATE TABLE " + table + " (id INTEGER PRIMARY KEY, qty INTEGER,"
                    + " CONSTRAINT ck_" + table + " CHECK (qty > 0))" + db.tableOptions());
            Database database = db.database();
            CheckViolationException e = assertThrows(CheckViolationException.class, () -> Jdbc.update(database,
                    "INSERT INTO " + table + " (id, qty) VALUES (1, -5)", StatementBinder.NONE));
            assertName("ck_" + table, e.constraint());
            if (db.dialect() == Dialect.POSTGRESQL || db.dialect() == Dialect.MYSQL) {
                assertName(table, e.table());
            }
        }
    }

    @AllDatabases
    void valueTooLongAndOutOfRangeAreTyped(TestDatabase db) throws SQLException {
        if (db.dialect() == Dialect.SQLITE) {
            return; // SQLite's columns have no length or precision to exceed: the value is stored as given
        }
        try (Tables tables = db.tables()) {
            String table = tables.name("sized");
            tables.execute("CREATE TABLE " + table + " (id INTEGER PRIMARY KEY, code VARCHAR(3), amount DECIMAL(3,1))"
                    + db.tableOptions());
            Database database = db.database();
            ValueOutOfRangeException tooLong = assertThrows(ValueOutOfRangeException.class, () -> Jdbc.update(database,
                    "INSERT INTO " + table + " (id, code) VALUES (1, ?)", ps -> ps.setString(1, "abcdef")));
            ValueOutOfRangeException overflow = assertThrows(ValueOutOfRangeException.class, () -> Jdbc.update(database,
                    "INSERT INTO " + table + " (id, amount) VALUES (2, ?)", ps -> ps.setBigDecimal(1, new java.math.BigDecimal("12345"))));
            if (db.dialect() != Dialect.POSTGRESQL) { // PostgreSQL does not name the column
                assertName("code", tooLong.column());
            }
            if (db.dialect() == Dialect.MYSQL) {
                assertName("amount", overflow.column());
            }
        }
    }

    @AllDatabases
    void aStatementAfterACaughtViolationIsNotTypedAsThatViolation(TestDatabase db) throws SQLException {
        try (Tables tables = db.tables()) {
            String parent = schema(db, tables)[0];
            Database database = db.database();
            String duplicate = "INSERT INTO " + parent + " (id, email) VALUES (2, 'a@example.com')";
            String fine = "INSERT INTO " + parent + " (id, email) VALUES (3, 'c@example.com')";
            DataAccessException outer = assertThrows(DataAccessException.class, () -> database.runInTransaction(() -> {
                assertThrows(UniqueViolationException.class, () -> Jdbc.update(database, duplicate, StatementBinder.NONE));
                if (db.dialect() == Dialect.POSTGRESQL) {
                    TransactionAbortedException aborted = assertThrows(TransactionAbortedException.class,
                            () -> Jdbc.update(database, fine, StatementBinder.NONE));
                    assertEquals("25P02", aborted.sqlState().orElseThrow());
                } else {
                    Jdbc.update(database, fine, StatementBinder.NONE); // the others go on; the runtime still rolls back
                }
            }));
            assertInstanceOf(UniqueViolationException.class, outer.getCause());
            assertEquals(1, Jdbc.queryLong(database, "SELECT COUNT(*) FROM " + parent, StatementBinder.NONE));
        }
    }

    @AllDatabases
    void uniqueViolationNamesTheColumnWhereTheDriverSaysIt(TestDatabase db) throws SQLException {
        try (Tables tables = db.tables()) {
            String parent = schema(db, tables)[0];
            Database database = db.database();
            UniqueViolationException e = assertThrows(UniqueViolationException.class, () -> Jdbc.update(database,
                    "INSERT INTO " + parent + " (id, email) VALUES (2, 'a@example.com')", StatementBinder.NONE));
            if (db.dialect() == Dialect.POSTGRESQL || db.dialect() == Dialect.SQLITE) { // PostgreSQL's Detail: Key (email)=
                assertName("email", e.column());
            }
        }
    }

    @org.junit.jupiter.api.Test
    void aStatementOverMaxAllowedPacketIsTyped() throws SQLException {
        TestDatabase db = dev.joinwright.testing.TestDatabases.MARIADB;
        try (Tables tables = db.tables()) {
            String table = tables.name("blob");
            tables.execute("CREATE TABLE " + table + " (id INTEGER PRIMARY KEY, data LONGBLOB)" + db.tableOptions());
            long packet;
            try (Connection c = db.connect(); Statement s = c.createStatement();
                    java.sql.ResultSet rs = s.executeQuery("SELECT @@max_allowed_packet")) {
                rs.next();
                packet = rs.getLong(1);
            }
            String url = "jdbc:mariadb://127.0.0.1:3306/test?connectTimeout=3000&maxAllowedPacket=" + packet;
            Database database = Database.of(new dev.joinwright.testing.ForwardingDataSource(db.dataSource()) {
                @Override
                public Connection getConnection() throws SQLException {
                    return java.sql.DriverManager.getConnection(url, "root", "");
                }
            });
            byte[] tooBig = new byte[(int) packet + 1024];
            PacketTooLargeException e = assertThrows(PacketTooLargeException.class, () -> Jdbc.update(database,
                    "INSERT INTO " + table + " (id, data) VALUES (1, ?)", ps -> ps.setBytes(1, tooBig)));
            assertTrue(e.getMessage().contains("max_allowed_packet"), e.getMessage());
            DataAccessException lost = assertThrows(DataAccessException.class, () -> Jdbc.update(db.database(),
                    "INSERT INTO " + table + " (id, data) VALUES (2, ?)", ps -> ps.setBytes(1, tooBig)));
            assertTrue(lost.getMessage().contains("maxAllowedPacket"), "without the URL option the driver only sees"
                    + " the connection drop; the message says what to set: " + lost.getMessage());
        }
    }

    private static void assertName(String expected, Optional<String> actual) {
        assertTrue(actual.isPresent(), "expected " + expected + " but the name was not found");
        assertEquals(expected.toLowerCase(Locale.ROOT), actual.get().toLowerCase(Locale.ROOT));
    }
}
