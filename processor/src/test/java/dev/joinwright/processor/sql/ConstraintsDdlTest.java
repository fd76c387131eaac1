package dev.joinwright.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinwright.Codecs;
import java.math.BigDecimal;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Executes the constraints model's DDL on every database and checks the catalog: the
 * multi-column unique constraints and the declared index exist with their columns in order, the
 * FK columns (entity and association table) have the referenced columns' exact types, an enum's
 * CHECK rejects an unknown value, and an INSERT that leaves out the defaulted columns gets every
 * default, read back through the runtime's codecs.
 */
class ConstraintsDdlTest {
    private static final CompiledModel CONSTRAINTS = CompiledModel.of("constraints");

    private static Sandbox created(TestDatabase database) throws SQLException {
        database.assumeAvailable();
        Sandbox db = database.sandbox();
        CONSTRAINTS.create(db.connection);
        db.update("INSERT INTO team (code, name, budget) VALUES (?, ?, ?)", "ROWING-CLUB-16ch", "Rowing", new BigDecimal("1.5"));
        return db;
    }

    private static void athlete(Sandbox db, String lastName, String firstName, int badge) throws SQLException {
        db.update("INSERT INTO athlete (last_name, first_name, team_code, badge) VALUES (?, ?, ?, ?)",
                lastName, firstName, "ROWING-CLUB-16ch", badge);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void uniquesAndIndexesExistWithTheirColumnsInOrder(TestDatabase database) throws SQLException {
        try (Sandbox db = created(database)) {
            Map<String, List<String>> unique = indexes(db, "athlete", true);
            Map<String, List<String>> all = indexes(db, "athlete", false);
            assertTrue(unique.containsValue(List.of("last_name", "first_name")), "unique (last_name, first_name): " + unique);
            assertTrue(unique.containsValue(List.of("team_code", "badge")), "unique (team_code, badge): " + unique);
            assertTrue(all.containsValue(List.of("joined_on", "last_name")), "index (joined_on, last_name): " + all);
            assertTrue(all.keySet().stream().noneMatch(name -> name.equalsIgnoreCase("ix_athlete_team_code")),
                    "team_code leads a unique, so Joinwright gives it no index of its own (H2 adds one anyway): " + all);
            assertEquals(List.of(), Catalog.unindexedForeignKeys(db));
            athlete(db, "Lovelace", "Ada", 1);
            assertThrows(SQLException.class, () -> athlete(db, "Lovelace", "Ada", 2), "(last_name, first_name) is unique");
            assertThrows(SQLException.class, () -> athlete(db, "Byron", "Ada", 1), "(team_code, badge) is unique");
            athlete(db, "Lovelace", "Augusta", 2);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void foreignKeyColumnsHaveTheReferencedTypes(TestDatabase database) throws SQLException {
        try (Sandbox db = created(database)) {
            assertEquals(type(db, "team", "code"), type(db, "athlete", "team_code"));
            assertEquals(type(db, "team", "code"), type(db, "team_sponsor", "code"));
            assertEquals(type(db, "sponsor", "ref"), type(db, "team_sponsor", "ref"));
            if (database != TestDatabase.SQLITE) {
                assertTrue(type(db, "athlete", "team_code").endsWith("(16)"), type(db, "athlete", "team_code"));
                assertTrue(type(db, "team_sponsor", "ref").endsWith("(12)"), type(db, "team_sponsor", "ref"));
                assertTrue(type(db, "athlete", "role").endsWith("(13)"), "an enum fits its longest constant");
                assertTrue(type(db, "athlete", "former_role").endsWith("(20)"), "an enum's @Column(length)");
            }
            db.update("INSERT INTO sponsor (ref) VALUES (?)", "TWELVE-CHARS");
            db.update("INSERT INTO team_sponsor (ref, code) VALUES (?, ?)", "TWELVE-CHARS", "ROWING-CLUB-16ch");
            assertThrows(SQLException.class, () -> db.update("INSERT INTO team_sponsor (ref, code) VALUES (?, ?)",
                    "TWELVE-CHARS", "ROWING-CLUB-17chs"), "the code is no team's");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void enumChecksRejectUnknownValues(TestDatabase database) throws SQLException {
        try (Sandbox db = created(database)) {
            String insert = "INSERT INTO athlete (last_name, first_name, team_code, badge, role, former_role) VALUES (?, ?, ?, ?, ?, ?)";
            db.update(insert, "Hopper", "Grace", "ROWING-CLUB-16ch", 1, "ADMINISTRATOR", null);
            SQLException unknown = assertThrows(SQLException.class,
                    () -> db.update(insert, "Hopper", "Grace2", "ROWING-CLUB-16ch", 2, "OWNER", null));
            assertTrue(unknown.getMessage().toLowerCase(Locale.ROOT).contains("ck_athlete_role"), unknown.getMessage());
            assertThrows(SQLException.class, () -> db.update(insert, "Hopper", "Grace3", "ROWING-CLUB-16ch", 3, "READER", "reader"),
                    "the check is case-sensitive, as the enum's names");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anInsertLeavingOutTheDefaultedColumnsGetsTheDefaults(TestDatabase database) throws SQLException {
        try (Sandbox db = created(database)) {
            Instant before = Instant.now().minusSeconds(2);
            athlete(db, "Turing", "Alan", 7);
            Codecs codecs = db.database().codecs();
            try (PreparedStatement ps = db.connection.prepareStatement("SELECT joined_on, created_at, local_created_at, role,"
                    + " active, points, credit, motto, rate, verified FROM athlete");
                    ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                LocalDate joinedOn = codecs.localDate().get(rs, 1);
                assertTrue(Math.abs(joinedOn.toEpochDay() - LocalDate.now().toEpochDay()) <= 1, "joined_on " + joinedOn);
                Instant createdAt = codecs.instant().get(rs, 2);
                assertTrue(Duration.between(before, createdAt).abs().toMinutes() < 5, "created_at " + createdAt);
                LocalDateTime local = codecs.localDateTime().get(rs, 3);
                assertTrue(Duration.between(LocalDateTime.now(), local).abs().toHours() <= 14, "local_created_at " + local);
                assertEquals("READER", codecs.string().get(rs, 4));
                assertEquals(true, codecs.booleans().getBoolean(rs, 5));
                assertEquals(7, codecs.ints().getInt(rs, 6));
                assertEquals(-2L, codecs.longs().getLong(rs, 7));
                assertEquals("it's a \\ test", codecs.string().get(rs, 8));
                assertEquals(new BigDecimal("2.50"), codecs.bigDecimal().get(rs, 9));
                assertEquals(false, codecs.booleans().getBoolean(rs, 10));
            }
        }
    }

    /** The table's indexes (the primary key's and the unique constraints' included), each as its columns in order. */
    private static Map<String, List<String>> indexes(Sandbox db, String table, boolean uniqueOnly) throws SQLException {
        DatabaseMetaData meta = db.connection.getMetaData();
        Map<String, TreeMap<Short, String>> byName = new TreeMap<>();
        try (ResultSet rows = meta.getIndexInfo(db.connection.getCatalog(), db.connection.getSchema(), catalogName(db, table),
                uniqueOnly, false)) {
            while (rows.next()) {
                String name = rows.getString("INDEX_NAME");
                String column = rows.getString("COLUMN_NAME");
                if (name != null && column != null) {
                    byName.computeIfAbsent(name, n -> new TreeMap<>()).put(rows.getShort("ORDINAL_POSITION"),
                            column.toLowerCase(Locale.ROOT));
                }
            }
        }
        Map<String, List<String>> indexes = new TreeMap<>();
        byName.forEach((name, columns) -> indexes.put(name, new ArrayList<>(columns.values())));
        return indexes;
    }

    /** {@code VARCHAR(16)}: the column's type as the catalog reports it, with its size and digits. */
    private static String type(Sandbox db, String table, String column) throws SQLException {
        DatabaseMetaData meta = db.connection.getMetaData();
        try (ResultSet rows = meta.getColumns(db.connection.getCatalog(), db.connection.getSchema(), catalogName(db, table), "%")) {
            while (rows.next()) {
                if (rows.getString("COLUMN_NAME").equalsIgnoreCase(column)) {
                    String type = rows.getString("TYPE_NAME").toUpperCase(Locale.ROOT);
                    if (type.contains("CHAR") || type.contains("NUMERIC") || type.contains("DECIMAL")) {
                        int digits = rows.getInt("DECIMAL_DIGITS");
                        return type + "(" + rows.getInt("COLUMN_SIZE") + (digits > 0 ? "," + digits : "") + ")";
                    }
                    return type;
                }
            }
        }
        throw new AssertionError("no column " + table + "." + column);
    }

    private static String catalogName(Sandbox db, String table) throws SQLException {
        return Catalog.tables(db).stream().filter(t -> t.equalsIgnoreCase(table)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + table));
    }
}
