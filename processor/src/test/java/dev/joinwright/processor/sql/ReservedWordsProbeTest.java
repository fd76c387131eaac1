package dev.joinwright.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The reserved-word and system-column lists of {@link SqlDialect}, proved on the real databases:
 * every keyword any of the four databases knows (PostgreSQL's {@code pg_get_keywords()}, MariaDB's
 * {@code information_schema.KEYWORDS}, SQLite's and H2's documented lists) that Joinwright leaves
 * bare must work bare as a column and as a table name on this database. A word that does not is
 * missing from the quoted list (or, for a column that even quoting cannot save, from the dialect's
 * system columns, which are a compile error).
 */
class ReservedWordsProbeTest {
    /** SQLite's keywords (sqlite.org/lang_keywords.html). */
    private static final String SQLITE_KEYWORDS = "ABORT ACTION ADD AFTER ALL ALTER ALWAYS ANALYZE AND AS ASC "
            + "ATTACH AUTOINCREMENT BEFORE BEGIN BETWEEN BY CASCADE CASE CAST CHECK COLLATE COLUMN COMMIT CONFLICT "
            + "CONSTRAINT CREATE CROSS CURRENT CURRENT_DATE CURRENT_TIME CURRENT_TIMESTAMP DATABASE DEFAULT "
            + "DEFERRABLE DEFERRED DELETE DESC DETACH DISTINCT DO DROP EACH ELSE END ESCAPE EXCEPT EXCLUDE "
            + "EXCLUSIVE EXISTS EXPLAIN FAIL FILTER FIRST FOLLOWING FOR FOREIGN FROM FULL GENERATED GLOB GROUP "
            + "GROUPS HAVING IF IGNORE IMMEDIATE IN INDEX INDEXED INITIALLY INNER INSERT INSTEAD INTERSECT INTO IS "
            + "ISNULL JOIN KEY LAST LEFT LIKE LIMIT MATCH MATERIALIZED NATURAL NO NOT NOTHING NOTNULL NULL NULLS "
            + "OF OFFSET ON OR ORDER OTHERS OUTER OVER PARTITION PLAN PRAGMA PRECEDING PRIMARY QUERY RAISE RANGE "
            + "RECURSIVE REFERENCES REGEXP REINDEX RELEASE RENAME REPLACE RESTRICT RETURNING RIGHT ROLLBACK ROW "
            + "ROWS SAVEPOINT SELECT SET TABLE TEMP TEMPORARY THEN TIES TO TRANSACTION TRIGGER UNBOUNDED UNION "
            + "UNIQUE UPDATE USING VACUUM VALUES VIEW VIRTUAL WHEN WHERE WINDOW WITH WITHOUT";

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void everyBareWordWorksBare(TestDatabase database) throws SQLException {
        database.assumeAvailable();
        Set<String> candidates = candidates();
        List<String> columnFailures = new ArrayList<>();
        List<String> tableFailures = new ArrayList<>();
        try (Sandbox sandbox = database.sandbox(); Statement s = sandbox.connection.createStatement()) {
            for (String word : candidates) {
                if (ReservedWords.isReserved(word)) {
                    continue;
                }
                String w = word.toLowerCase(Locale.ROOT);
                if (!works(s, "CREATE TABLE jw_probe (" + w + " INTEGER)",
                        "INSERT INTO jw_probe (" + w + ") VALUES (1)",
                        "SELECT x." + w + ", " + w + " FROM jw_probe x WHERE " + w + " = 1 ORDER BY " + w,
                        "UPDATE jw_probe SET " + w + " = 2 WHERE " + w + " = 1")
                        && !database.dialect.isSystemColumn(w)) {
                    columnFailures.add(w);
                }
                drop(s, "jw_probe");
                if (!works(s, "CREATE TABLE " + w + " (id INTEGER)", "SELECT t.id FROM " + w + " t JOIN " + w
                        + " o ON t.id = o.id", "DELETE FROM " + w)) {
                    tableFailures.add(w);
                }
                drop(s, w);
            }
        }
        assertEquals(List.of(), columnFailures, database + " rejects these bare column names");
        assertEquals(List.of(), tableFailures, database + " rejects these bare table names");
    }

    private static boolean works(Statement s, String... sql) {
        try {
            for (String statement : sql) {
                s.execute(statement);
            }
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static void drop(Statement s, String table) {
        try {
            s.execute("DROP TABLE " + table);
        } catch (SQLException ignored) {
            // it was never created
        }
    }

    /** Every keyword of every database that answers, plus the documented lists. */
    private static Set<String> candidates() throws SQLException {
        Set<String> words = new TreeSet<>(List.of(SQLITE_KEYWORDS.split(" ")));
        words.addAll(ReservedWords.all());
        if (reachable(TestDatabase.POSTGRESQL)) {
            try (Connection c = TestDatabase.POSTGRESQL.admin(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT word FROM pg_get_keywords()")) {
                while (rs.next()) {
                    words.add(rs.getString(1).toUpperCase(Locale.ROOT));
                }
            }
        }
        if (reachable(TestDatabase.MARIADB)) {
            try (Connection c = TestDatabase.MARIADB.admin(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT WORD FROM information_schema.KEYWORDS")) {
                while (rs.next()) {
                    words.add(rs.getString(1).toUpperCase(Locale.ROOT));
                }
            }
        }
        words.removeIf(w -> !w.matches("[A-Z_][A-Z0-9_]*"));
        return words;
    }

    private static boolean reachable(TestDatabase database) {
        try (Connection ignored = database.admin()) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }
}
