package dev.joinwright.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.joinwright.Codec;
import dev.joinwright.Codecs;
import dev.joinwright.Database;
import dev.joinwright.Dialect;
import dev.joinwright.testing.AllDatabases;
import dev.joinwright.testing.TestDatabases.Tables;
import dev.joinwright.testing.TestDatabases.TestDatabase;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Round-trips every supported column type, with edge values, through every database's codecs. */
class ValuesTest {
    enum Colour { RED, GREEN }

    /** One row of every type; the nullable twin columns hold the same value or NULL. */
    record Row(boolean b, short s, int i, long l, float f, double d, String str, BigDecimal dec, byte[] bytes,
            UUID uuid, LocalDate date, LocalTime time, LocalDateTime dateTime, OffsetDateTime odt, Instant instant,
            Colour colour) {}

    private static String ddl(Dialect d) {
        boolean lite = d == Dialect.SQLITE;
        boolean my = d == Dialect.MYSQL;
        String text = lite ? "TEXT" : "VARCHAR(200)";
        return String.join(", ",
                "id INTEGER PRIMARY KEY",
                "b " + (lite ? "INTEGER" : "BOOLEAN"),
                "s " + (lite ? "INTEGER" : "SMALLINT"),
                "i INTEGER",
                "l " + (lite ? "INTEGER" : "BIGINT"),
                "f " + (lite ? "REAL" : my ? "DOUBLE" : "REAL"),
                "d " + (lite ? "REAL" : my ? "DOUBLE" : "DOUBLE PRECISION"),
                "str " + text,
                "amount " + (lite ? "TEXT" : d == Dialect.POSTGRESQL ? "NUMERIC(30,10)" : "DECIMAL(30,10)"),
                "bytes " + (lite ? "BLOB" : d == Dialect.POSTGRESQL ? "BYTEA" : my ? "LONGBLOB" : "VARBINARY"),
                "uuid " + (lite ? "TEXT" : my ? "CHAR(36)" : "UUID"),
                "date " + (lite ? "TEXT" : "DATE"),
                "time " + (lite ? "TEXT" : d == Dialect.H2 ? "TIME(9)" : my ? "TIME(6)" : "TIME"),
                "date_time " + (lite ? "TEXT" : d == Dialect.H2 ? "TIMESTAMP(9)" : my ? "DATETIME(6)" : "TIMESTAMP"),
                "odt " + zoned(d),
                "instant " + zoned(d),
                "colour " + text);
    }

    private static String zoned(Dialect d) {
        switch (d) {
            case SQLITE: return "TEXT";
            case MYSQL: return "DATETIME(6)";
            case POSTGRESQL: return "TIMESTAMPTZ";
            default: return "TIMESTAMP(9) WITH TIME ZONE";
        }
    }

    private static final String COLUMNS = "b, s, i, l, f, d, str, amount, bytes, uuid, date, time, date_time, odt, instant, colour";

    private static List<Row> rows(Dialect d) {
        boolean nanAllowed = d == Dialect.H2 || d == Dialect.POSTGRESQL;
        LocalDateTime nanos = LocalDateTime.of(2024, 2, 29, 23, 59, 59, 123_456_789);
        return List.of(
                new Row(true, Short.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE, 3.1415927f, Math.PI,
                        "O'Brien \uD83D\uDE00 \u00e9", new BigDecimal("12345678901234567890.1234567890"),
                        new byte[] {0, 1, -1, 127, -128}, UUID.randomUUID(), LocalDate.of(9999, 12, 31),
                        LocalTime.of(23, 59, 59, 999_999_999), nanos,
                        OffsetDateTime.of(nanos, ZoneOffset.ofHoursMinutes(5, 45)),
                        Instant.parse("9999-12-31T23:59:59.999999999Z"), Colour.GREEN),
                new Row(false, Short.MIN_VALUE, Integer.MAX_VALUE, Long.MIN_VALUE,
                        nanAllowed ? Float.NaN : -0.5f, nanAllowed ? Double.NEGATIVE_INFINITY : -1e300,
                        "", new BigDecimal("-0.0000000001"), new byte[0], new UUID(0, 0), LocalDate.of(1, 1, 1),
                        LocalTime.MIDNIGHT, LocalDateTime.of(1, 1, 1, 0, 0),
                        OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(-8)),
                        Instant.parse("0001-01-01T00:00:00Z"), Colour.RED));
    }

    @AllDatabases
    void roundTripsEveryType(TestDatabase db) throws SQLException {
        Dialect d = db.dialect();
        try (Tables tables = db.tables()) {
            String table = tables.name("vals");
            tables.execute("CREATE TABLE " + table + " (" + ddl(d) + ")" + db.tableOptions());
            Database database = db.database();
            List<Row> rows = rows(d);
            for (int id = 0; id < rows.size(); id++) {
                int key = id;
                Row r = rows.get(id);
                Jdbc.update(database, "INSERT INTO " + table + " (id, " + COLUMNS + ") VALUES (?, "
                        + Chunks.placeholders(16) + ")", ps -> bind(ps, key, r, d));
            }
            Jdbc.update(database, "INSERT INTO " + table + " (id) VALUES (99)", StatementBinder.NONE);
            List<Row> read = Jdbc.query(database, "SELECT " + COLUMNS + " FROM " + table + " WHERE id < 99 ORDER BY id",
                    StatementBinder.NONE, rs -> read(rs, d));
            for (int id = 0; id < rows.size(); id++) {
                assertRow(expected(rows.get(id), d), read.get(id));
            }
            Jdbc.query(database, "SELECT " + COLUMNS + " FROM " + table + " WHERE id = 99", StatementBinder.NONE,
                    rs -> {
                        assertNulls(rs, d);
                        return null;
                    });
        }
    }

    private static final Codec<Colour> COLOUR = Codecs.enumOf(Colour.values());

    private static void bind(java.sql.PreparedStatement ps, int id, Row r, Dialect d) throws SQLException {
        Codecs c = Codecs.of(d);
        c.ints().setInt(ps, 1, id);
        c.booleans().setBoolean(ps, 2, r.b());
        c.shorts().setShort(ps, 3, r.s());
        c.ints().set(ps, 4, r.i());
        c.longs().setLong(ps, 5, r.l());
        c.floats().setFloat(ps, 6, r.f());
        c.doubles().set(ps, 7, r.d());
        c.string().set(ps, 8, r.str());
        c.bigDecimal().set(ps, 9, r.dec());
        c.bytes().set(ps, 10, r.bytes());
        c.uuid().set(ps, 11, r.uuid());
        c.localDate().set(ps, 12, r.date());
        c.localTime().set(ps, 13, r.time());
        c.localDateTime().set(ps, 14, r.dateTime());
        c.offsetDateTime().set(ps, 15, r.odt());
        c.instant().set(ps, 16, r.instant());
        COLOUR.set(ps, 17, r.colour());
    }

    private static Row read(java.sql.ResultSet rs, Dialect d) throws SQLException {
        Codecs c = Codecs.of(d);
        return new Row(c.booleans().getBoolean(rs, 1), c.shorts().getShort(rs, 2), c.ints().get(rs, 3),
                c.longs().getLong(rs, 4), c.floats().getFloat(rs, 5), c.doubles().get(rs, 6), c.string().get(rs, 7),
                c.bigDecimal().get(rs, 8), c.bytes().get(rs, 9), c.uuid().get(rs, 10),
                c.localDate().get(rs, 11), c.localTime().get(rs, 12),
                c.localDateTime().get(rs, 13), c.offsetDateTime().get(rs, 14),
                c.instant().get(rs, 15), COLOUR.get(rs, 16));
    }

    /** What comes back: microseconds on PostgreSQL and MySQL (truncated), offsets normalised to UTC. */
    private static Row expected(Row r, Dialect d) {
        boolean micros = d == Dialect.POSTGRESQL || d == Dialect.MYSQL;
        return new Row(r.b(), r.s(), r.i(), r.l(), r.f(), r.d(), r.str(), r.dec(), r.bytes(), r.uuid(), r.date(),
                micros ? r.time().truncatedTo(ChronoUnit.MICROS) : r.time(),
                micros ? r.dateTime().truncatedTo(ChronoUnit.MICROS) : r.dateTime(),
                (micros ? r.odt().truncatedTo(ChronoUnit.MICROS) : r.odt()).withOffsetSameInstant(ZoneOffset.UTC),
                micros ? r.instant().truncatedTo(ChronoUnit.MICROS) : r.instant(), r.colour());
    }

    private static void assertRow(Row want, Row got) {
        assertEquals(want.b(), got.b());
        assertEquals(want.s(), got.s());
        assertEquals(want.i(), got.i());
        assertEquals(want.l(), got.l());
        assertEquals(want.f(), got.f(), "float");
        assertEquals(want.d(), got.d(), "double");
        assertEquals(want.str(), got.str());
        assertEquals(0, want.dec().compareTo(got.dec()), () -> want.dec() + " vs " + got.dec());
        assertArrayEquals(want.bytes(), got.bytes());
        assertEquals(want.uuid(), got.uuid());
        assertEquals(want.date(), got.date());
        assertEquals(want.time(), got.time());
        assertEquals(want.dateTime(), got.dateTime());
        assertEquals(want.odt(), got.odt());
        assertEquals(want.instant(), got.instant());
        assertEquals(want.colour(), got.colour());
    }

    private static void assertNulls(java.sql.ResultSet rs, Dialect d) throws SQLException {
        Codecs c = Codecs.of(d);
        assertNull(c.booleans().get(rs, 1));
        assertNull(c.shorts().get(rs, 2));
        assertNull(c.ints().get(rs, 3));
        assertNull(c.longs().get(rs, 4));
        assertNull(c.floats().get(rs, 5));
        assertNull(c.doubles().get(rs, 6));
        assertNull(c.string().get(rs, 7));
        assertNull(c.bigDecimal().get(rs, 8));
        assertNull(c.bytes().get(rs, 9));
        assertNull(c.uuid().get(rs, 10));
        assertNull(c.localDate().get(rs, 11));
        assertNull(c.localTime().get(rs, 12));
        assertNull(c.localDateTime().get(rs, 13));
        assertNull(c.offsetDateTime().get(rs, 14));
        assertNull(c.instant().get(rs, 15));
        assertNull(COLOUR.get(rs, 16));
    }
}
