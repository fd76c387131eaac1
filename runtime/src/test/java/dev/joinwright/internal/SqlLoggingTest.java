package dev.joinwright.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinwright.Database;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * SQL logging goes to the {@code System.Logger} named {@code dev.joinwright.sql}: nothing at the
 * default level, each statement with its time at DEBUG. The JDK's default {@code System.Logger}
 * backend is java.util.logging, where DEBUG is {@code FINE}; the test listens there.
 */
class SqlLoggingTest {
    private final Logger julLogger = Logger.getLogger("dev.joinwright.sql");
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @AfterEach
    void detach() {
        julLogger.removeHandler(handler);
        julLogger.setLevel(null);
    }

    @Test
    void statementsAreLoggedAtDebugOnlyWhenEnabled() {
        julLogger.addHandler(handler);
        Database db = Database.h2InMemory("logging");
        String sql = "SELECT 40 + 2";

        assertEquals(42, Jdbc.queryLong(db, sql, StatementBinder.NONE));
        assertTrue(records.stream().noneMatch(r -> r.getMessage().contains(sql)), "off by default: " + records);

        julLogger.setLevel(Level.FINE);
        assertEquals(42, Jdbc.queryLong(db, sql, StatementBinder.NONE));
        LogRecord record = records.stream().filter(r -> r.getMessage().contains(sql)).findFirst()
                .orElseThrow(() -> new AssertionError("no DEBUG record for the statement: " + records));
        assertEquals(Level.FINE, record.getLevel());
        assertTrue(record.getMessage().matches("\\d+ us {2}" + java.util.regex.Pattern.quote(sql)), record.getMessage());
    }

    @Test
    void boundValuesAreLoggedOnlyAtTrace() {
        julLogger.addHandler(handler);
        Database db = Database.h2InMemory("logging");
        String sql = "SELECT ? + 2";
        String secret = "40417"; // a bound value that must not reach a DEBUG log

        julLogger.setLevel(Level.FINE); // DEBUG
        assertEquals(40419, Jdbc.queryLong(db, sql, ps -> ps.setInt(1, Integer.parseInt(secret))));
        assertTrue(records.stream().anyMatch(r -> r.getMessage().contains(sql)), "the statement at DEBUG: " + records);
        assertTrue(records.stream().noneMatch(r -> r.getMessage().contains(secret)), "no value at DEBUG: " + records);

        julLogger.setLevel(Level.FINEST); // TRACE
        assertEquals(40419, Jdbc.queryLong(db, sql, ps -> ps.setInt(1, Integer.parseInt(secret))));
        LogRecord bound = records.stream().filter(r -> r.getMessage().contains(secret)).findFirst()
                .orElseThrow(() -> new AssertionError("no TRACE record with the bound value: " + records));
        assertEquals(Level.FINER, bound.getLevel(), "System.Logger TRACE is java.util.logging FINER");
    }
}
