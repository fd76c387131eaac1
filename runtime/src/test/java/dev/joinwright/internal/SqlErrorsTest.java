package dev.joinwright.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.joinwright.DataAccessException;
import dev.joinwright.Dialect;
import dev.joinwright.ForeignKeyViolationException;
import dev.joinwright.RetryableException;
import dev.joinwright.UniqueViolationException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Codes that are hard to provoke on demand (deadlocks), checked on synthetic exceptions. */
class SqlErrorsTest {
    @Test
    void deadlocksAndSerializationFailuresAreRetryable() {
        assertInstanceOf(RetryableException.class, SqlErrors.translate(new SQLException("deadlock", "40P01"), Dialect.POSTGRESQL));
        assertInstanceOf(RetryableException.class, SqlErrors.translate(new SQLException("serial", "40001"), Dialect.POSTGRESQL));
        assertInstanceOf(RetryableException.class, SqlErrors.translate(new SQLException("Deadlock found", "40001", 1213), Dialect.MYSQL));
        assertInstanceOf(RetryableException.class, SqlErrors.translate(new SQLException("Lock wait", "HY000", 1205), Dialect.MYSQL));
        assertInstanceOf(RetryableException.class, SqlErrors.translate(new SQLException("Deadlock", "40001", 40001), Dialect.H2));
        assertInstanceOf(RetryableException.class, SqlErrors.translate(new SQLException("Timeout", "HYT00", 50200), Dialect.H2));
        RetryableException busy = assertInstanceOf(RetryableException.class, SqlErrors.translate(
                new SQLException("[SQLITE_BUSY] The database file is locked (database is locked)", null, 5), Dialect.SQLITE));
        assertEquals(5, busy.vendorCode());
        assertInstanceOf(RetryableException.class, SqlErrors.translate(
                new SQLException("[SQLITE_LOCKED_SHAREDCACHE] locked", null, 6), Dialect.SQLITE));
    }

    @Test
    void vendorCodeWinsOverSqlState() {
        SQLException e = new SQLException("(conn=1) Cannot add or update a child row: a foreign key constraint fails"
                + " (`test`.`orders`, CONSTRAINT `fk_orders_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`))",
                "23000", 1452);
        ForeignKeyViolationException fk = assertInstanceOf(ForeignKeyViolationException.class, SqlErrors.translate(e, Dialect.MYSQL));
        assertEquals("orders", fk.table().orElseThrow());
        assertEquals("fk_orders_user", fk.constraint().orElseThrow());
        assertSame(e, fk.getCause());
    }

    @Test
    void mysql8UniqueKeyNamesTheTable() {
        UniqueViolationException u = assertInstanceOf(UniqueViolationException.class, SqlErrors.translate(
                new SQLException("Duplicate entry 'a' for key 'users.uq_users_email'", "23000", 1062), Dialect.MYSQL));
        assertEquals("users", u.table().orElseThrow());
        assertEquals("uq_users_email", u.constraint().orElseThrow());
    }

    @Test
    void nextExceptionOfABatchIsSearched() {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", null, 0, new int[0]);
        batch.setNextException(new SQLException("ERROR: duplicate key value violates unique constraint \"uq_x\"", "23505"));
        UniqueViolationException u = assertInstanceOf(UniqueViolationException.class, SqlErrors.translate(batch, Dialect.POSTGRESQL));
        assertEquals("uq_x", u.constraint().orElseThrow());
        assertSame(batch, u.getCause());
    }

    @Test
    void h2QuotedNamesAreUnquoted() {
        ForeignKeyViolationException fk = assertInstanceOf(ForeignKeyViolationException.class, SqlErrors.translate(
                new SQLException("Referential integrity constraint violation: \"fk_o: PUBLIC.\"\"order\"\" FOREIGN KEY(USER_ID)"
                        + " REFERENCES PUBLIC.\"\"user\"\"(ID) (9)\"; SQL statement:", "23506", 23506), Dialect.H2));
        assertEquals("order", fk.table().orElseThrow());
        assertEquals("fk_o", fk.constraint().orElseThrow());
    }

    @Test
    void unknownErrorsKeepTheirCodes() {
        DataAccessException e = SqlErrors.translate(new SQLException("syntax", "42000", 1064), Dialect.MYSQL);
        assertSame(DataAccessException.class, e.getClass());
        assertEquals("42000", e.sqlState().orElseThrow());
        assertEquals(1064, e.vendorCode());
    }

    @Test
    void dialectDetection() {
        assertEquals(Dialect.MYSQL, Dialect.fromProductName("MariaDB"));
        assertEquals(Dialect.MYSQL, Dialect.fromProductName("MySQL"));
        assertEquals(Dialect.POSTGRESQL, Dialect.fromProductName("PostgreSQL"));
        assertEquals(Dialect.SQLITE, Dialect.fromProductName("SQLite"));
        assertEquals(Dialect.H2, Dialect.fromProductName("H2"));
        assertEquals("postgresql", Dialect.POSTGRESQL.id());
        assertThrows(IllegalArgumentException.class, () -> Dialect.fromProductName("Oracle"));
    }
}
