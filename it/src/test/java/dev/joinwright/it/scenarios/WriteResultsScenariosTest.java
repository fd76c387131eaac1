package dev.joinwright.it.scenarios;

import static dev.joinwright.it.scenarios.Rows.content;
import static dev.joinwright.it.scenarios.Rows.tag;
import static dev.joinwright.it.scenarios.Rows.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinwright.Database;
import dev.joinwright.UniqueViolationException;
import dev.joinwright.ValueOutOfRangeException;
import dev.joinwright.it.blog.ContentDao;
import dev.joinwright.it.blog.ContentRecord;
import dev.joinwright.it.blog.ReadingDao;
import dev.joinwright.it.blog.ReadingRecord;
import dev.joinwright.it.blog.TagDao;
import dev.joinwright.it.blog.TagRecord;
import dev.joinwright.it.blog.UserDao;
import dev.joinwright.it.blog.UserRecord;
import dev.joinwright.it.matrix.GeneratedSchema;
import dev.joinwright.it.matrix.OnAllDatabases;
import dev.joinwright.it.matrix.Sandboxes;
import dev.joinwright.it.matrix.TestDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a write gives back and what a failed one says: {@code insert}, {@code insertAll} and
 * {@code update} return the row as the database stored it; an explicit key on a generated-key
 * entity is refused; a violation names the table the statement wrote; bound values of the
 * generated statements reach the TRACE log.
 */
@DisplayName("Write results")
class WriteResultsScenariosTest {
    @RegisterExtension
    static final Sandboxes BLOG = new Sandboxes(GeneratedSchema.BLOG.setup());

    /** Values the databases change on storing: 6 decimals in a scale-4 column, nanoseconds (PostgreSQL, MySQL keep micros). */
    private static ReadingRecord reading(String label, String amount) {
        return ReadingRecord.builder().label(label).bigValue(1).smallValue(2).ratio(0.1)
                .amount(new BigDecimal(amount))
                .takenAt(Instant.parse("2024-05-01T10:00:00.123456789Z"))
                .recordedOn(LocalDate.of(2024, 5, 1))
                .localStamp(LocalDateTime.of(2024, 5, 1, 10, 0, 0, 987_654_321))
                .build();
    }

    @OnAllDatabases
    @DisplayName("insert, insertAll and update return the row as stored (rounded decimal, truncated timestamps)")
    void writesReturnTheRowAsStored(TestDatabase db) throws Exception {
        ReadingDao readings = new ReadingDao(BLOG.of(db).database());
        ReadingRecord inserted = readings.insert(reading("stored-1", "12.345678"));
        assertEquals(readings.findById(inserted.id()).orElseThrow(), inserted, "insert");

        ReadingRecord updated = readings.update(inserted.withAmount(new BigDecimal("-7.654321"))
                .withTakenAt(Instant.parse("2025-01-02T03:04:05.000000999Z")));
        assertEquals(readings.findById(inserted.id()).orElseThrow(), updated, "update");

        List<ReadingRecord> all = readings.insertAll(List.of(reading("stored-2", "0.00005"),
                reading("stored-3", "99.99999"), reading("stored-4", "1")));
        assertEquals(List.of("stored-2", "stored-3", "stored-4"), all.stream().map(ReadingRecord::label).toList(),
                "insertAll returns the rows in input order");
        for (ReadingRecord row : all) {
            assertEquals(readings.findById(row.id()).orElseThrow(), row, "insertAll " + row.label());
        }
    }

    @OnAllDatabases
    @DisplayName("an explicit key on a generated-key entity is refused, naming entity, column and the fix")
    void explicitGeneratedKeyIsRefused(TestDatabase db) throws Exception {
        ReadingDao readings = new ReadingDao(BLOG.of(db).database());
        long before = readings.count();
        IllegalArgumentException one = assertThrows(IllegalArgumentException.class,
                () -> readings.insert(reading("explicit", "1").withId(4242)));
        assertTrue(one.getMessage().contains("Reading.id") && one.getMessage().contains("4242")
                && one.getMessage().contains("@Id(generated = false)"), one.getMessage());
        IllegalArgumentException many = assertThrows(IllegalArgumentException.class,
                () -> readings.insertAll(List.of(reading("fine", "1"), reading("explicit", "1").withId(4243))));
        assertTrue(many.getMessage().contains("4243"), many.getMessage());
        assertEquals(before, readings.count(), "nothing was inserted");
    }

    @OnAllDatabases
    @DisplayName("unique violation and value too long on insert and update name the statement's table")
    void violationsNameTheirTable(TestDatabase db) throws Exception {
        Database database = BLOG.of(db).database();
        UserDao users = new UserDao(database);
        UserRecord ada = users.insert(user("ada@table", "ada"));
        UserRecord bob = users.insert(user("bob@table", "bob"));
        TagDao tags = new TagDao(database);
        TagRecord java = tags.insert(tag("table-java"));

        UniqueViolationException onInsert = assertThrows(UniqueViolationException.class,
                () -> users.insert(user("ada@table", "another ada")));
        assertEquals("users", onInsert.table().orElse("-").toLowerCase(Locale.ROOT), onInsert.getMessage());
        UniqueViolationException onUpdate = assertThrows(UniqueViolationException.class,
                () -> users.update(bob.withEmail(ada.email())));
        assertEquals("users", onUpdate.table().orElse("-").toLowerCase(Locale.ROOT), onUpdate.getMessage());
        UniqueViolationException onBatch = assertThrows(UniqueViolationException.class,
                () -> tags.insertAll(List.of(tag("table-sql"), tag(java.name()))));
        assertEquals("tags", onBatch.table().orElse("-").toLowerCase(Locale.ROOT), onBatch.getMessage());
        if (db != TestDatabase.SQLITE) { // SQLite's TEXT has no length to exceed
            ValueOutOfRangeException tooLong = assertThrows(ValueOutOfRangeException.class,
                    () -> users.update(bob.withName("x".repeat(256))));
            assertEquals("users", tooLong.table().orElse("-").toLowerCase(Locale.ROOT), tooLong.getMessage());
        }
    }

    @OnAllDatabases
    @DisplayName("bound values of generated statements are logged at TRACE only")
    void boundValuesOfGeneratedStatementsAtTrace(TestDatabase db) throws Exception {
        Database database = BLOG.of(db).database();
        Logger sql = Logger.getLogger("dev.joinwright.sql");
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        sql.addHandler(handler);
        try {
            sql.setLevel(Level.FINE); // DEBUG: statements, no values
            UserRecord owner = new UserDao(database).insert(user("debug-7340@trace", "debug-7341"));
            assertTrue(records.stream().anyMatch(r -> r.getMessage().contains("INSERT INTO users")), records::toString);
            assertTrue(records.stream().noneMatch(r -> r.getMessage().contains("debug-734")), records::toString);

            sql.setLevel(Level.FINEST); // TRACE: the bound values too
            ContentDao contents = new ContentDao(database);
            ContentRecord post = contents.insert(content("trace-8561", owner.id()));
            contents.update(post.withTitle("trace-8562"));
            TagRecord label = new TagDao(database).insert(tag("trace-8563"));
            contents.linkTags(post, label);
            for (String value : List.of("trace-8561", "trace-8562", "trace-8563")) {
                assertTrue(records.stream().anyMatch(r -> r.getLevel() == Level.FINER && r.getMessage().contains(value)),
                        () -> value + " not at TRACE: " + records);
            }
        } finally {
            sql.removeHandler(handler);
            sql.setLevel(null);
        }
    }
}
