package dev.joinwright;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinwright.internal.Jdbc;
import dev.joinwright.internal.StatementBinder;
import dev.joinwright.internal.TemporalValues;
import dev.joinwright.internal.Values;
import dev.joinwright.testing.AllDatabases;
import dev.joinwright.testing.TestDatabases;
import dev.joinwright.testing.TestDatabases.Tables;
import dev.joinwright.testing.TestDatabases.TestDatabase;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The codecs beyond the plain round trip of {@code ValuesTest}: wall-clock times in a
 * daylight-saving gap of the JVM's zone (run under America/New_York and Pacific/Chatham by extra
 * Surefire executions), values the mapping cannot read, SQLite's own date-time text, and the key
 * equality of strings.
 */
class CodecsTest {
    enum Status { ACTIVE, RETIRED }

    /** Gap times of the zones the issue names, and of the JVM's zone if it has daylight saving. */
    static List<LocalDateTime> gapTimes() {
        Set<LocalDateTime> times = new LinkedHashSet<>(List.of(
                LocalDateTime.of(2024, 3, 10, 2, 30),                     // America/New_York
                LocalDateTime.of(2024, 9, 29, 3, 15, 0, 123_456_000),      // Pacific/Chatham, 02:45 -> 03:45
                LocalDateTime.of(2018, 11, 4, 0, 30)));                    // America/Sao_Paulo, midnight gap
        ZoneOffsetTransition t = ZoneId.systemDefault().getRules().nextTransition(Instant.parse("2023-06-01T00:00:00Z"));
        for (int i = 0; t != null && i < 4; i++, t = ZoneId.systemDefault().getRules().nextTransition(t.getInstant())) {
            if (t.isGap()) {
                times.add(t.getDateTimeBefore().plus(t.getDuration().dividedBy(2)));
            }
        }
        return new ArrayList<>(times);
    }

    private static String zoned(Dialect d) {
        switch (d) {
            case SQLITE: return "TEXT";
            case MYSQL: return "DATETIME(6)";
            case POSTGRESQL: return "TIMESTAMPTZ";
            default: return "TIMESTAMP(9) WITH TIME ZONE";
        }
    }

    private static String local(Dialect d) {
        switch (d) {
            case SQLITE: return "TEXT";
            case MYSQL: return "DATETIME(6)";
            case POSTGRESQL: return "TIMESTAMP";
            default: return "TIMESTAMP(9)";
        }
    }

    @AllDatabases
    void wallClockTimesInTheJvmZonesDaylightSavingGapRoundTripAndUpdate(TestDatabase db) throws SQLException {
        Dialect d = db.dialect();
        try (Tables tables = db.tables()) {
            String table = tables.name("dst");
            tables.execute("CREATE TABLE " + table + " (id INTEGER PRIMARY KEY, ldt " + local(d) + ", odt " + zoned(d)
                    + ", inst " + zoned(d) + ", dd " + (d == Dialect.SQLITE ? "TEXT" : "DATE") + ")" + db.tableOptions());
            Database database = db.database();
            Codecs codecs = database.codecs();
            List<LocalDateTime> gaps = gapTimes();
            for (int id = 0; id < gaps.size(); id++) {
                LocalDateTime gap = gaps.get(id);
                int key = id;
                Instant instant = gap.toInstant(ZoneOffset.UTC); // stored as this UTC wall-clock time on MySQL
                OffsetDateTime odt = gap.atOffset(ZoneOffset.UTC);
                Jdbc.update(database, "INSERT INTO " + table + " (id, ldt, odt, inst, dd) VALUES (?, ?, ?, ?, ?)", ps -> {
                    ps.setInt(1, key);
                    codecs.localDateTime().set(ps, 2, gap);
                    TemporalValues.setOffsetDateTime(ps, 3, odt, d);
                    codecs.instant().set(ps, 4, instant);
                    codecs.localDate().set(ps, 5, gap.toLocalDate());
                });
                String select = "SELECT ldt, odt, inst, dd FROM " + table + " WHERE id = ?";
                List<Object> read = Jdbc.queryOne(database, select, ps -> ps.setInt(1, key), rs -> List.<Object>of(
                        codecs.localDateTime().get(rs, 1), TemporalValues.getOffsetDateTime(rs, 2, d),
                        codecs.instant().get(rs, "inst"), codecs.localDate().get(rs, 4))).orElseThrow();
                assertEquals(List.of(gap, odt, instant, gap.toLocalDate()), read, "in zone " + ZoneId.systemDefault());

                // update() writes back what it read: it must stay the same value
                Jdbc.update(database, "UPDATE " + table + " SET ldt = ?, inst = ? WHERE id = ?", ps -> {
                    codecs.localDateTime().set(ps, 1, (LocalDateTime) read.get(0));
                    codecs.instant().set(ps, 2, (Instant) read.get(2));
                    ps.setInt(3, key);
                });
                assertEquals(List.of(gap, instant), Jdbc.queryOne(database, select, ps -> ps.setInt(1, key),
                        rs -> List.<Object>of(TemporalValues.getLocalDateTime(rs, 1, d), TemporalValues.getInstant(rs, 3, d)))
                        .orElseThrow(), "after an update, in zone " + ZoneId.systemDefault());
            }
        }
    }

    @AllDatabases
    void valuesTheMappingCannotReadNameTableColumnAndValue(TestDatabase db) throws SQLException {
        try (Tables tables = db.tables()) {
            String table = tables.name("bad");
            tables.execute("CREATE TABLE " + table + " (id INTEGER PRIMARY KEY, status VARCHAR(20), token VARCHAR(40),"
                    + " stamp VARCHAR(40))" + db.tableOptions(),
                    "INSERT INTO " + table + " VALUES (1, 'DELETED', 'not-a-uuid', 'yesterday at noon')");
            Database database = db.database();
            String select = "SELECT status, token, stamp FROM " + table;
            UnreadableValueException e = assertThrows(UnreadableValueException.class, () -> Jdbc.query(database, select,
                    StatementBinder.NONE, rs -> Codecs.enumOf(Status.values()).get(rs, 1)));
            assertNames(e, table, "status", "DELETED");
            assertTrue(e.getMessage().contains("Status") && e.getMessage().contains("ACTIVE"), e.getMessage());
            assertNames(assertThrows(UnreadableValueException.class, () -> Jdbc.query(database, select,
                    StatementBinder.NONE, rs -> Values.getEnum(rs, 1, Status::valueOf))), table, "status", "DELETED");
            if (db.dialect() == Dialect.MYSQL || db.dialect() == Dialect.SQLITE) { // text UUIDs; H2 and PostgreSQL type them
                assertNames(assertThrows(UnreadableValueException.class, () -> Jdbc.query(database, select,
                        StatementBinder.NONE, rs -> Values.getUuid(rs, 2, db.dialect()))), table, "token", "not-a-uuid");
            }
            if (db.dialect() == Dialect.SQLITE) { // temporal text; the others store typed values
                assertNames(assertThrows(UnreadableValueException.class, () -> Jdbc.query(database, select,
                        StatementBinder.NONE, rs -> database.codecs().instant().get(rs, 3))), table, "stamp",
                        "yesterday at noon");
            }
        }
    }

    private static void assertNames(UnreadableValueException e, String table, String column, String value) {
        assertEquals(table, e.table().orElseThrow().toLowerCase(java.util.Locale.ROOT), e.getMessage());
        assertEquals(column, e.column().orElseThrow().toLowerCase(java.util.Locale.ROOT), e.getMessage());
        assertEquals(value, e.value().orElseThrow());
        assertTrue(e.getMessage().contains(value), e.getMessage());
        assertInstanceOf(DataAccessException.class, e);
    }

    @Test
    void sqliteReadsItsOwnDateTimeTextWithASpaceOrAT() throws SQLException {
        TestDatabase db = TestDatabases.SQLITE;
        try (Tables tables = db.tables()) {
            String table = tables.name("lite");
            tables.execute("CREATE TABLE " + table + " (id INTEGER PRIMARY KEY, at TEXT, local TEXT)",
                    "INSERT INTO " + table + " VALUES (1, '2026-12-01 20:15:27', '2026-12-01 20:15:27.5')",
                    "INSERT INTO " + table + " VALUES (2, '2026-12-01T20:15:27Z', '2026-12-01T20:15:27.5')",
                    "INSERT INTO " + table + " VALUES (3, '2026-12-02 01:30:27+05:15', '2026-12-01T20:15')",
                    "INSERT INTO " + table + " VALUES (4, datetime('now'), datetime('now'))");
            Database database = db.database();
            Codecs codecs = database.codecs();
            List<Instant> instants = Jdbc.query(database, "SELECT at FROM " + table + " WHERE id < 4 ORDER BY id",
                    StatementBinder.NONE, rs -> codecs.instant().get(rs, 1));
            assertEquals(List.of(Instant.parse("2026-12-01T20:15:27Z"), Instant.parse("2026-12-01T20:15:27Z"),
                    Instant.parse("2026-12-01T20:15:27Z")), instants);
            assertEquals(List.of(LocalDateTime.of(2026, 12, 1, 20, 15, 27, 500_000_000),
                    LocalDateTime.of(2026, 12, 1, 20, 15, 27, 500_000_000), LocalDateTime.of(2026, 12, 1, 20, 15)),
                    Jdbc.query(database, "SELECT local FROM " + table + " WHERE id < 4 ORDER BY id", StatementBinder.NONE,
                            rs -> TemporalValues.getLocalDateTime(rs, 1, Dialect.SQLITE)));
            Instant now = Jdbc.queryOne(database, "SELECT at FROM " + table + " WHERE id = 4", StatementBinder.NONE,
                    rs -> codecs.instant().get(rs, 1)).orElseThrow();
            assertTrue(Math.abs(now.getEpochSecond() - Instant.now().getEpochSecond()) < 60, "datetime('now') is UTC: " + now);
        }
    }

    @Test
    void stringKeysCompareAsTheDatabaseDoes() {
        assertEquals("US", Codecs.of(Dialect.MYSQL).string().key("US  "), "MySQL/MariaDB: PAD SPACE");
        assertEquals("US\t", Codecs.of(Dialect.MYSQL).string().key("US\t"), "only spaces are padding");
        assertNull(Codecs.of(Dialect.MYSQL).string().key(null));
        for (Dialect d : List.of(Dialect.H2, Dialect.POSTGRESQL, Dialect.SQLITE)) {
            assertEquals("US  ", Codecs.of(d).string().key("US  "), d + " compares trailing spaces");
        }
        assertEquals(Long.valueOf(7), Codecs.of(Dialect.MYSQL).longs().key(7L));
    }

    @AllDatabases
    void theMysqlStringKeyMatchesWhatTheDatabaseSelected(TestDatabase db) throws SQLException {
        try (Tables tables = db.tables()) {
            String table = tables.name("pad");
            tables.execute("CREATE TABLE " + table + " (code VARCHAR(10) PRIMARY KEY)" + db.tableOptions(),
                    "INSERT INTO " + table + " VALUES ('US')");
            Database database = db.database();
            Codec<String> string = database.codecs().string();
            List<String> found = Jdbc.query(database, "SELECT code FROM " + table + " WHERE code = ?",
                    ps -> string.set(ps, 1, "US  "), rs -> string.get(rs, 1));
            // whatever the database matched, the keys of what it returned equal the key asked for
            found.forEach(code -> assertEquals(string.key("US  "), string.key(code)));
            assertEquals(db.dialect() == Dialect.MYSQL ? 1 : 0, found.size());
        }
    }

    @Test
    void enumOfNeedsConstants() {
        assertThrows(IllegalArgumentException.class, () -> Codecs.enumOf(new Status[0]));
        assertEquals(Codecs.of(Dialect.H2), Database.h2InMemory("codecs").codecs());
        assertEquals(LocalDate.of(2026, 12, 1), TemporalCodecs.parseLocalDateTime("2026-12-01 00:00").toLocalDate());
    }
}
