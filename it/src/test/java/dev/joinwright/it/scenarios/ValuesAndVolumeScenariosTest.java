package dev.joinwright.it.scenarios;

import static dev.joinwright.it.scenarios.Rows.content;
import static dev.joinwright.it.scenarios.Rows.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinwright.Database;
import dev.joinwright.it.blog.ContentDao;
import dev.joinwright.it.blog.ContentRecord;
import dev.joinwright.it.blog.ReadingDao;
import dev.joinwright.it.blog.ReadingRecord;
import dev.joinwright.it.blog.UserDao;
import dev.joinwright.it.blog.UserRecord;
import dev.joinwright.it.matrix.GeneratedSchema;
import dev.joinwright.it.matrix.OnAllDatabases;
import dev.joinwright.it.matrix.Sandbox;
import dev.joinwright.it.matrix.Sandboxes;
import dev.joinwright.it.matrix.TestDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Hostile values round-trip unchanged; batched navigation past every bind-parameter limit. */
@DisplayName("DAO values and volume")
class ValuesAndVolumeScenariosTest {
    /** Past PostgreSQL's 65,535 and SQLite's 32,766 bind parameters in one statement. */
    private static final int PARENTS = 70_000;

    @RegisterExtension
    static final Sandboxes BLOG = new Sandboxes(GeneratedSchema.BLOG.setup());

    private static final List<String> STRINGS = List.of(
            "O'Brien", "'; DROP TABLE users; --", "\"quoted\" \\backslash\\ %_like_", "emoji 😀👩🏽‍💻🇳🇵",
            "", " leading and trailing ", "tab\tnew\nline", "Ünïcödé ß 中文 العربية", "x".repeat(255));

    @OnAllDatabases
    @DisplayName("strings: quotes, SQL injection, emoji, empty, 255 chars round-trip")
    void strings(TestDatabase db) throws Exception {
        UserDao users = new UserDao(BLOG.of(db).database());
        for (int i = 0; i < STRINGS.size(); i++) {
            String value = STRINGS.get(i);
            UserRecord saved = users.insert(user("s" + i + "-" + value.length() + "@v", value).withBio(value));
            UserRecord loaded = users.findById(saved.id()).orElseThrow();
            assertEquals(value, loaded.name(), "name " + i);
            assertEquals(value, loaded.bio(), "bio " + i);
            assertEquals(saved, loaded);
        }
        assertEquals(STRINGS.get(1), users.findByEmail("s1-" + STRINGS.get(1).length() + "@v").orElseThrow().name());
        assertTrue(users.count() >= STRINGS.size(), "the users table is still there");
    }

    @OnAllDatabases
    @DisplayName("numbers and timestamps: extremes round-trip")
    void extremes(TestDatabase db) throws Exception {
        ReadingDao readings = new ReadingDao(BLOG.of(db).database());
        List<ReadingRecord> rows = List.of(
                reading("max", Long.MAX_VALUE, Integer.MAX_VALUE, Double.MAX_VALUE, "999999999999999.9999",
                        Instant.parse("9999-12-31T23:59:59.999999Z"), LocalDate.of(9999, 12, 31),
                        LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000)),
                reading("min", Long.MIN_VALUE, Integer.MIN_VALUE, -Double.MAX_VALUE, "-999999999999999.9999",
                        Instant.parse("1000-01-01T00:00:00Z"), LocalDate.of(1000, 1, 1),
                        LocalDateTime.of(1000, 1, 1, 0, 0)),
                reading("tiny", 0, 0, Double.MIN_VALUE, "0.0001",
                        Instant.parse("1970-01-01T00:00:00.000001Z"), LocalDate.of(1970, 1, 1),
                        LocalDateTime.of(2024, 2, 29, 12, 0, 0, 123_456_000)),
                reading("dst", -1, -1, -0.5, "-0.0001",
                        Instant.parse("2024-03-31T01:30:00Z"), LocalDate.of(2024, 3, 31),
                        LocalDateTime.of(2024, 3, 31, 2, 30)));
        for (ReadingRecord row : rows) {
            ReadingRecord saved = readings.insert(row);
            ReadingRecord loaded = readings.findById(saved.id()).orElseThrow();
            assertEquals(saved.withAmount(loaded.amount()), loaded, row.label());
            assertEquals(0, row.amount().compareTo(loaded.amount()), row.label() + " amount " + loaded.amount());
        }
    }

    @OnAllDatabases
    @DisplayName("wall-clock times in the daylight-saving gap of New York, Chatham, Sao Paulo round-trip and update")
    void daylightSavingGap(TestDatabase db) throws Exception {
        ReadingDao readings = new ReadingDao(BLOG.of(db).database());
        List<LocalDateTime> gaps = List.of(LocalDateTime.of(2024, 3, 10, 2, 30), // America/New_York
                LocalDateTime.of(2024, 9, 29, 3, 15, 0, 250_000_000),              // Pacific/Chatham
                LocalDateTime.of(2018, 11, 4, 0, 30));                             // America/Sao_Paulo
        for (LocalDateTime gap : gaps) {
            ReadingRecord saved = readings.insert(reading("gap " + gap, 1, 1, 1, "1", gap.toInstant(ZoneOffset.UTC),
                    gap.toLocalDate(), gap));
            ReadingRecord loaded = readings.findById(saved.id()).orElseThrow();
            assertEquals(saved.withAmount(loaded.amount()), loaded, "in zone " + ZoneId.systemDefault());
            readings.update(loaded.withLabel("updated " + gap)); // update() writes back what it read
            ReadingRecord again = readings.findById(saved.id()).orElseThrow();
            assertEquals(gap, again.localStamp(), "after update, in zone " + ZoneId.systemDefault());
            assertEquals(gap.toInstant(ZoneOffset.UTC), again.takenAt(), "after update, in zone " + ZoneId.systemDefault());
        }
    }

    private static ReadingRecord reading(String label, long big, int small, double ratio, String amount,
            Instant at, LocalDate day, LocalDateTime local) {
        return ReadingRecord.builder().label(label).bigValue(big).smallValue(small).ratio(ratio)
                .amount(new BigDecimal(amount)).takenAt(at).recordedOn(day).localStamp(local).build();
    }

    @OnAllDatabases
    @DisplayName("batched navigation for 70,000 parents returns every parent")
    void seventyThousandParents(TestDatabase db) throws Exception {
        try (Sandbox sandbox = db.openSandbox()) {
            GeneratedSchema.BLOG.setup().prepare(sandbox);
            Database database = sandbox.database();
            UserDao users = new UserDao(database);
            ContentDao contents = new ContentDao(database);
            List<UserRecord> rows = new ArrayList<>(PARENTS);
            for (int i = 0; i < PARENTS; i++) {
                rows.add(user("u" + i + "@bulk", "u" + i));
            }
            List<UserRecord> parents = database.inTransaction(() -> users.insertAll(rows));
            UserRecord first = parents.get(0);
            UserRecord last = parents.get(PARENTS - 1);
            List<ContentRecord> posts = contents.insertAll(List.of(content("first", first.id()),
                    content("last", last.id()), content("last-2", last.id())));

            Map<Long, List<ContentRecord>> answer = users.content(parents);
            assertEquals(PARENTS, answer.size(), "every requested parent is a key");
            parents.forEach(p -> assertTrue(answer.containsKey(p.id()), () -> "missing parent " + p.id()));
            assertEquals(List.of("first"), answer.get(first.id()).stream().map(ContentRecord::title).toList());
            assertEquals(2, answer.get(last.id()).size());
            assertEquals(3, answer.values().stream().mapToInt(List::size).sum());
            assertEquals(first.name(), contents.owner(posts).get(posts.get(0).id()).name());
        }
    }
}
