package dev.joinwright.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinwright.SchemaDifference;
import dev.joinwright.processor.version.SchemaVersions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The university model's three versions migrated by real Flyway on every database, with data
 * inserted between the versions: the data survives, Flyway validates the applied scripts, the
 * migrated database is what the schema class's {@code validate} expects (so it equals a database
 * created fresh at version 3), and {@code validate} names a difference planted by hand.
 */
class FlywayMigrationTest {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static VersionedModel model;
    private static Class<?> schemaClass;

    @BeforeAll
    static void compile() throws ClassNotFoundException {
        model = VersionedModel.build("university", 3);
        schemaClass = schemaClass(model, "edu.UniversitySchema");
    }

    private static Class<?> schemaClass(VersionedModel versions, String name) throws ClassNotFoundException {
        return new GeneratedClasses(versions.last(), FlywayMigrationTest.class.getClassLoader()).loadClass(name);
    }

    /** A fresh database reachable by URL, for Flyway and for plain JDBC. */
    private record Target(String url, String schema, Sandbox.Cleanup cleanup) {}

    private static Target target(TestDatabase database) throws SQLException, IOException {
        String name = TestDatabase.freshName();
        return switch (database) {
            case H2 -> new Target("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", null, () -> {
                try (Connection c = DriverManager.getConnection("jdbc:h2:mem:" + name); Statement s = c.createStatement()) {
                    s.execute("SHUTDOWN");
                }
            });
            case SQLITE -> {
                Path file = Files.createTempFile(name, ".db");
                // foreign keys on, as the runtime has them: the rebuild must switch them off itself, or dropping
                // a parent table would cascade into its children's rows
                yield new Target("jdbc:sqlite:" + file + "?foreign_keys=true", null, () -> {
                    try {
                        Files.deleteIfExists(file);
                    } catch (IOException e) {
                        throw new SQLException(e);
                    }
                });
            }
            case POSTGRESQL -> {
                database.dropOnServer("CREATE SCHEMA " + name);
                yield new Target(database.adminUrl + "&currentSchema=" + name, name,
                        () -> database.dropOnServer("DROP SCHEMA " + name + " CASCADE"));
            }
            case MARIADB -> {
                database.dropOnServer("CREATE DATABASE " + name);
                yield new Target(database.adminUrl.replace("/test?", "/" + name + "?"), null,
                        () -> database.dropOnServer("DROP DATABASE " + name));
            }
        };
    }

    /** The last build's scripts of a dialect, in a folder Flyway reads. */
    private static Path scripts(SqlDialect dialect) throws IOException {
        return scripts(model, dialect, 3);
    }

    private static Path scripts(VersionedModel model, SqlDialect dialect, int versions) throws IOException {
        Path folder = Files.createTempDirectory("joinwright-migrations");
        for (int version = 1; version <= versions; version++) {
            Path script = folder.resolve(Path.of(SchemaVersions.path(dialect, version, ".sql")).getFileName());
            Files.writeString(script, model.script(dialect, version), StandardCharsets.UTF_8);
            var configuration = model.scriptConfiguration(dialect, version);
            if (configuration.isPresent()) {
                Files.writeString(Path.of(script + ".conf"), configuration.get(), StandardCharsets.UTF_8);
            }
        }
        return folder;
    }

    private static Flyway flyway(Target target, Path scripts, String version) {
        var configuration = Flyway.configure().dataSource(target.url(), null, null)
                .locations("filesystem:" + scripts).target(version).cleanDisabled(true);
        if (target.schema() != null) {
            configuration.schemas(target.schema());
        }
        return configuration.load();
    }

    private static List<SchemaDifference> validate(Sandbox sandbox) throws ReflectiveOperationException {
        return validate(schemaClass, sandbox);
    }

    @SuppressWarnings("unchecked")
    private static List<SchemaDifference> validate(Class<?> schemaClass, Sandbox sandbox)
            throws ReflectiveOperationException {
        return (List<SchemaDifference>) schemaClass.getMethod("validate", dev.joinwright.Database.class)
                .invoke(null, sandbox.database());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void threeVersionsMigrateAndValidate(TestDatabase database) throws Exception {
        database.assumeAvailable();
        Path scripts = scripts(database.dialect);
        Target target = target(database);
        try (Sandbox db = new Sandbox(database, DriverManager.getConnection(target.url()), target.cleanup())) {
            assertEquals(1, flyway(target, scripts, "1").migrate().migrationsExecuted);
            db.update("INSERT INTO student (id, name, mail) VALUES (1, 'Ada', 'ada@example.com')");
            db.update("INSERT INTO course (id, code, title, room) VALUES (10, 'CS1', 'Programming', 'A1')");
            db.update("INSERT INTO enrollment (course_id, student_id) VALUES (10, 1)");

            assertEquals(1, flyway(target, scripts, "2").migrate().migrationsExecuted);
            assertEquals("ada@example.com", String.valueOf(db.column("SELECT email FROM student WHERE id = 1").get(0)));
            assertEquals("30", String.valueOf(db.column("SELECT max_seats FROM course WHERE id = 10").get(0)),
                    "the default fills the new NOT NULL column of existing rows");
            db.update("INSERT INTO department (id, name) VALUES (5, 'Computing')");
            db.update("UPDATE course SET department_id = 5 WHERE id = 10");

            assertEquals(1, flyway(target, scripts, "latest").migrate().migrationsExecuted);
            assertEquals("ada@example.com", String.valueOf(db.column("SELECT email FROM pupil WHERE id = 1").get(0)));
            assertEquals("Programming", String.valueOf(db.column("SELECT title FROM course WHERE id = 10").get(0)));
            assertEquals("1", String.valueOf(db.column("SELECT COUNT(*) FROM enrollment WHERE course_id = 10 AND student_id = 1").get(0)));
            assertEquals("5", String.valueOf(db.column("SELECT department_id FROM course WHERE id = 10").get(0)));
            assertTrue(flyway(target, scripts, "latest").validateWithResult().validationSuccessful,
                    "flyway validate");

            assertEquals(List.of(), validate(db), "the migrated database is version 3");
            db.update("ALTER TABLE pupil ADD COLUMN nickname VARCHAR(20)");
            List<SchemaDifference> planted = validate(db);
            assertEquals(1, planted.size(), planted.toString());
            assertTrue(planted.get(0).toString().startsWith("table pupil, column "), planted.toString());
            assertTrue(planted.get(0).toString().toLowerCase(java.util.Locale.ROOT).contains("nickname: expected absent"),
                    planted.toString());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aDatabaseCreatedAtTheLastVersionValidates(TestDatabase database) throws Exception {
        database.assumeAvailable();
        try (Sandbox db = database.sandbox()) {
            schemaClass.getMethod("create", Connection.class).invoke(null, db.connection);
            assertEquals(List.of(), validate(db));
            db.update(database == TestDatabase.SQLITE ? "DROP INDEX ix_course_department_id"
                    : database == TestDatabase.MARIADB ? "ALTER TABLE course DROP FOREIGN KEY fk_course_department_id"
                    : "ALTER TABLE course DROP CONSTRAINT fk_course_department_id");
            List<SchemaDifference> planted = validate(db);
            assertEquals(1, planted.size(), planted.toString());
        }
    }

    /**
     * An FK column made unique: its index goes (the unique constraint serves the FK), which H2 and
     * MySQL allow only with the FK dropped around it.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anIndexHeldByAnFkIsDroppedWithTheFkAroundIt(TestDatabase database) throws Exception {
        database.assumeAvailable();
        VersionedModel library = VersionedModel.build("library", 2);
        Path scripts = scripts(library, database.dialect, 2);
        Target target = target(database);
        try (Sandbox db = new Sandbox(database, DriverManager.getConnection(target.url()), target.cleanup())) {
            flyway(target, scripts, "1").migrate();
            db.update("INSERT INTO author (id, name) VALUES (1, 'Le Guin')");
            db.update("INSERT INTO book (id, author_id) VALUES (7, 1)");
            assertEquals(1, flyway(target, scripts, "latest").migrate().migrationsExecuted);
            assertEquals(List.of(), validate(schemaClass(library, "lib.LibrarySchema"), db));
            assertEquals("1", String.valueOf(db.column("SELECT author_id FROM book WHERE id = 7").get(0)));
        }
        if (database.dialect.ddl().foreignKeyHoldsIndex()) {
            String v2 = library.script(database.dialect, 2);
            assertTrue(v2.indexOf("fk_book_author_id") < v2.indexOf("DROP INDEX")
                    && v2.lastIndexOf("ADD CONSTRAINT fk_book_author_id") > v2.indexOf("DROP INDEX"), v2);
        }
    }
}
