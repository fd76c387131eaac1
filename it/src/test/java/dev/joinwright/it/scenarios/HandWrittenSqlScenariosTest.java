package dev.joinwright.it.scenarios;

import static dev.joinwright.it.scenarios.Rows.content;
import static dev.joinwright.it.scenarios.Rows.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinwright.Codec;
import dev.joinwright.Codecs;
import dev.joinwright.DataAccessException;
import dev.joinwright.Database;
import dev.joinwright.RowReader;
import dev.joinwright.it.blog.ContentDao;
import dev.joinwright.it.blog.Gauge;
import dev.joinwright.it.blog.GaugeDao;
import dev.joinwright.it.blog.GaugeRecord;
import dev.joinwright.it.blog.UserDao;
import dev.joinwright.it.blog.UserRecord;
import dev.joinwright.it.matrix.GeneratedSchema;
import dev.joinwright.it.matrix.OnAllDatabases;
import dev.joinwright.it.matrix.Sandbox;
import dev.joinwright.it.matrix.Sandboxes;
import dev.joinwright.it.matrix.TestDatabase;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Hand-written SQL beside the DAOs (SPEC section 9): the DAO's column list, its row reader by
 * label and the public codecs, with plain {@code PreparedStatement}s, on four databases. A value
 * written by hand is read by the DAO as it wrote it, and the other way round, for every supported
 * type; the reader finds each column by label, so a column added to the table or a reordered
 * SELECT list or table never breaks it or swaps values.
 */
@DisplayName("Hand-written SQL")
class HandWrittenSqlScenariosTest {
    @RegisterExtension
    static final Sandboxes BLOG = new Sandboxes(GeneratedSchema.BLOG.setup());
    private static final Codec<Gauge.Level> LEVEL = Codecs.enumOf(Gauge.Level.values());

    /** Values every database stores as they are (microseconds, the column's scale, offset Z). */
    private static GaugeRecord gauge(String label, int n) {
        return GaugeRecord.builder().flag(n % 2 == 0).small((short) -n).medium(70_000 + n).large(Long.MIN_VALUE + n)
                .single(1.5f + n).twice(-2.25e10 + n).label(label + " ünïcødé ✓").amount(new BigDecimal("-12345.6789"))
                .payload(new byte[] {0, 1, (byte) 0xff, (byte) n}).token(UUID.fromString("3f0f5a6e-2b1c-4d4e-9a8b-00000000000" + n))
                .day(LocalDate.of(1999, 12, 31)).clock(LocalTime.of(23, 59, 58, 123_456_000))
                .stamp(LocalDateTime.of(2024, 2, 29, 13, 45, 30, 654_321_000))
                .zoned(OffsetDateTime.of(2024, 5, 1, 10, 0, 0, 1_000, ZoneOffset.UTC))
                .at(Instant.parse("2038-01-19T03:14:08.000001Z")).level(Gauge.Level.HIGH).note(null)
                .build();
    }

    @OnAllDatabases
    @DisplayName("every type: written by hand with the public codecs and read by the DAO, and the other way round")
    void everyTypeRoundTripsBetweenTheDaoAndHandWrittenSql(TestDatabase db) throws Exception {
        Sandbox sandbox = BLOG.of(db);
        Database database = sandbox.database();
        GaugeDao gauges = new GaugeDao(database);
        Codecs codecs = database.codecs();

        GaugeRecord byDao = gauges.insert(gauge("by the DAO", 1));
        GaugeRecord read = database.withConnection(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT " + gauges.columnList() + " FROM gauges WHERE id = ?")) {
                codecs.longs().setLong(ps, 1, byDao.id());
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next());
                    return gauges.rowReader().read(rs);
                }
            }
        });
        assertEquals(byDao, read, "the DAO's row, read by hand");

        GaugeRecord byHand = gauge("by hand", 2);
        String insertColumns = gauges.columnList().substring("id, ".length());
        long id;
        try (Connection connection = sandbox.connect();
                PreparedStatement ps = connection.prepareStatement("INSERT INTO gauges (" + insertColumns
                        + ") VALUES (" + "?, ".repeat(16) + "?)", Statement.RETURN_GENERATED_KEYS)) {
            int i = 1;
            codecs.booleans().setBoolean(ps, i++, byHand.flag());
            codecs.shorts().setShort(ps, i++, byHand.small());
            codecs.ints().setInt(ps, i++, byHand.medium());
            codecs.longs().setLong(ps, i++, byHand.large());
            codecs.floats().setFloat(ps, i++, byHand.single());
            codecs.doubles().setDouble(ps, i++, byHand.twice());
            codecs.string().set(ps, i++, byHand.label());
            codecs.bigDecimal().set(ps, i++, byHand.amount());
            codecs.bytes().set(ps, i++, byHand.payload());
            codecs.uuid().set(ps, i++, byHand.token());
            codecs.localDate().set(ps, i++, byHand.day());
            codecs.localTime().set(ps, i++, byHand.clock());
            codecs.localDateTime().set(ps, i++, byHand.stamp());
            codecs.offsetDateTime().set(ps, i++, byHand.zoned());
            codecs.instant().set(ps, i++, byHand.at());
            LEVEL.set(ps, i++, byHand.level());
            codecs.string().set(ps, i, byHand.note());
            assertEquals(1, ps.executeUpdate());
            try (ResultSet keys = ps.getGeneratedKeys()) {
                assertTrue(keys.next());
                id = keys.getLong(1);
            }
        }
        assertEquals(byHand.withId(id), gauges.findById(id).orElseThrow(), "a row written by hand, read by the DAO");
    }

    @OnAllDatabases
    @DisplayName("the row reader finds columns by label: a column added, a reordered SELECT list or table, a join")
    void theRowReaderFindsEachColumnByItsLabel(TestDatabase db) throws Exception {
        Sandbox sandbox = BLOG.of(db);
        Database database = sandbox.database();
        UserDao users = new UserDao(database);
        UserRecord ada = users.insert(user("ada@handwritten", "Ada").withBio("first programmer"));
        new ContentDao(database).insert(content("notes", ada.id()));
        sandbox.execute("ALTER TABLE users ADD COLUMN nickname VARCHAR(20)",
                "UPDATE users SET nickname = 'countess'",
                "CREATE TABLE users_reordered (nickname VARCHAR(20), bio VARCHAR(200), name VARCHAR(100),"
                        + " id BIGINT PRIMARY KEY, email VARCHAR(200))",
                "INSERT INTO users_reordered (nickname, bio, name, id, email) SELECT nickname, bio, name, id, email FROM users");
        RowReader<UserRecord> reader = users.rowReader();

        Map<String, String> queries = Map.of(
                "SELECT * after a column was added", "SELECT * FROM users WHERE id = ?",
                "a reordered SELECT list", "SELECT nickname, bio, name, email, id FROM users WHERE id = ?",
                "SELECT * of a table with another column order", "SELECT * FROM users_reordered WHERE id = ?",
                "a join with the DAO's qualified column list", "SELECT c.id AS content_id, " + users.columnList("u")
                        + ", c.title FROM users u JOIN content c ON c.owner_id = u.id WHERE u.id = ?");
        for (Map.Entry<String, String> query : queries.entrySet()) {
            assertEquals(List.of(ada), query(database, query.getValue(), ada.id(), reader), query.getKey());
        }
        try (Stream<UserRecord> streamed = database.stream("SELECT * FROM users_reordered ORDER BY id",
                Database.Parameters.NONE, reader)) {
            assertEquals(List.of(ada), streamed.toList(), "streamed by hand");
        }

        DataAccessException missing = assertThrows(DataAccessException.class,
                () -> query(database, "SELECT id, name, bio FROM users WHERE id = ?", ada.id(), reader));
        assertTrue(missing.getMessage().contains("no column labelled 'email' for column email of table users"),
                missing.getMessage());
        DataAccessException twice = assertThrows(DataAccessException.class,
                () -> query(database, "SELECT u.*, c.* FROM users u JOIN content c ON c.owner_id = u.id WHERE u.id = ?",
                        ada.id(), reader));
        assertTrue(twice.getMessage().contains("two columns labelled"), twice.getMessage());
        assertThrows(IllegalArgumentException.class, () -> users.columnList("u; DROP TABLE users"));
    }

    private static List<UserRecord> query(Database database, String sql, long id, RowReader<UserRecord> reader) {
        return database.withConnection(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                database.codecs().longs().setLong(ps, 1, id);
                List<UserRecord> rows = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(reader.read(rs));
                    }
                }
                return rows;
            }
        });
    }
}
