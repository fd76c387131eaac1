package dev.joinwright.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinwright.Database;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Executes the blog model's generated DDL, through the generated schema class, on every database
 * and proves that its constraints are real.
 */
class BlogDdlTest {
    private static final CompiledModel BLOG = CompiledModel.of("blog");
    /** users, content, tags, content_tags. */
    private static final int BLOG_TABLES = 4;

    static Sandbox created(TestDatabase database) throws SQLException {
        database.assumeAvailable();
        Sandbox db = database.sandbox();
        BLOG.create(db.connection);
        return db;
    }

    static void user(Sandbox db, long id, String email) throws SQLException {
        db.update("INSERT INTO users (id, email, name) VALUES (?, ?, ?)", id, email, "name " + id);
    }

    static void content(Sandbox db, long id, long ownerId) throws SQLException {
        db.update("INSERT INTO content (id, title, owner_id) VALUES (?, ?, ?)", id, "title " + id, ownerId);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void createsEveryTableWithItsForeignKeys(TestDatabase database) throws SQLException {
        try (Sandbox db = created(database)) {
            Map<String, Set<String>> fks = Catalog.lowerCaseTables(Catalog.foreignKeyColumns(db));
            assertEquals(Map.of("content", Set.of("owner_id"), "content_tags", Set.of("content_id", "tag_id"),
                    "tags", Set.of(), "users", Set.of()), fks);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void generatesKeys(TestDatabase database) throws SQLException {
        try (Sandbox db = created(database)) {
            db.update("INSERT INTO users (email, name) VALUES (?, ?)", "a@example.com", "A");
            db.update("INSERT INTO users (email, name) VALUES (?, ?)", "b@example.com", "B");
            assertEquals(List.of(1L, 2L), db.column("SELECT id FROM users ORDER BY id").stream()
                    .map(v -> ((Number) v).longValue()).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void orphanInsertFails(TestDatabase database) throws SQLException {
        try (Sandbox db = created(database)) {
            assertThrows(SQLException.class, () -> content(db, 1, 999));
            assertEquals(0L, db.number("SELECT COUNT(*) FROM content"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void deletingAUserCascadesToItsContentAndLinks(TestDatabase database) throws SQLException {
        try (Sandbox db = created(database)) {
            user(db, 1, "a@example.com");
            user(db, 2, "b@example.com");
            content(db, 10, 1);
            content(db, 11, 1);
            content(db, 20, 2);
            db.update("INSERT INTO tags (id, name) VALUES (?, ?)", 5, "java");
            db.update("INSERT INTO content_tags (content_id, tag_id) VALUES (?, ?)", 10, 5);
            db.update("DELETE FROM users WHERE id = ?", 1);
            assertEquals(List.of(20L), db.column("SELECT id FROM content").stream()
                    .map(v -> ((Number) v).longValue()).toList());
            assertEquals(0L, db.number("SELECT COUNT(*) FROM content_tags"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void associationTableRejectsADuplicateLinkAndAnOrphanLink(TestDatabase database) throws SQLException {
        try (Sandbox db = created(database)) {
            user(db, 1, "a@example.com");
            content(db, 10, 1);
            db.update("INSERT INTO tags (id, name) VALUES (?, ?)", 5, "java");
            db.update("INSERT INTO content_tags (content_id, tag_id) VALUES (?, ?)", 10, 5);
            assertThrows(SQLException.class,
                    () -> db.update("INSERT INTO content_tags (content_id, tag_id) VALUES (?, ?)", 10, 5));
            assertThrows(SQLException.class,
                    () -> db.update("INSERT INTO content_tags (content_id, tag_id) VALUES (?, ?)", 10, 6));
            db.update("DELETE FROM tags WHERE id = ?", 5);
            assertEquals(0L, db.number("SELECT COUNT(*) FROM content_tags"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void uniqueColumnsRejectDuplicates(TestDatabase database) throws SQLException {
        try (Sandbox db = created(database)) {
            user(db, 1, "a@example.com");
            assertThrows(SQLException.class, () -> user(db, 2, "a@example.com"));
            db.update("INSERT INTO tags (id, name) VALUES (?, ?)", 5, "java");
            assertThrows(SQLException.class, () -> db.update("INSERT INTO tags (id, name) VALUES (?, ?)", 6, "java"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void notNullColumnsRejectNull(TestDatabase database) throws SQLException {
        try (Sandbox db = created(database)) {
            assertThrows(SQLException.class,
                    () -> db.update("INSERT INTO users (id, email, name) VALUES (?, ?, NULL)", 1, "a@example.com"));
            db.update("INSERT INTO users (id, email, name, bio) VALUES (?, ?, ?, NULL)", 1, "a@example.com", "A");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void dropThenCreateWorksTwiceInARow(TestDatabase database) throws SQLException {
        try (Sandbox db = created(database)) {
            user(db, 1, "a@example.com");
            content(db, 10, 1);
            for (int i = 0; i < 2; i++) {
                BLOG.drop(db.connection);
                assertEquals(List.of(), Catalog.tables(db));
                BLOG.create(db.connection);
                assertEquals(4, Catalog.tables(db).size());
            }
            assertEquals(0L, db.number("SELECT COUNT(*) FROM users"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void everyForeignKeyColumnIsIndexed(TestDatabase database) throws SQLException {
        try (Sandbox db = created(database)) {
            assertEquals(List.of(), Catalog.unindexedForeignKeys(db));
            assertTrue(database.leadingIndexColumns(db.connection, tableName(db, "content")).contains("owner_id"));
        }
    }

    /**
     * SPEC section 6 for the schema class: {@code create} on a connection whose transaction the
     * application holds open never commits it. Where DDL is transactional (PostgreSQL, SQLite) it
     * runs in a savepoint of that transaction, and the application's rollback undoes it; H2 and
     * MySQL/MariaDB, whose DDL would commit the transaction, refuse. Autocommit stays as it was.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void createNeverCommitsTheCallersTransaction(TestDatabase database) throws SQLException {
        database.assumeAvailable();
        try (Sandbox db = database.sandbox()) {
            if (database == TestDatabase.SQLITE) {
                db.update("PRAGMA foreign_keys = ON"); // as a transaction manager's connections must be
            }
            db.connection.setAutoCommit(false);
            if (database.dialect.ddl().transactionalDdl()) {
                BLOG.create(db.connection);
                assertEquals(BLOG_TABLES, Catalog.tables(db).size(), "created inside the caller's transaction");
                db.connection.rollback();
                assertEquals(List.of(), Catalog.tables(db), "the caller's rollback undid the create");
            } else {
                IllegalStateException refused = assertThrows(IllegalStateException.class, () -> BLOG.create(db.connection));
                assertTrue(refused.getMessage().contains("autocommit off"), refused.getMessage());
                assertEquals(List.of(), Catalog.tables(db), "nothing was created");
            }
            assertEquals(false, db.connection.getAutoCommit());
            db.connection.setAutoCommit(true);
            BLOG.create(db.connection);
            BLOG.drop(db.connection);
            assertEquals(true, db.connection.getAutoCommit());
            assertEquals(List.of(), Catalog.tables(db));
        }
    }

    /**
     * The schema class over a {@code Database} follows its transactions: inside one, PostgreSQL and
     * SQLite create the tables in it (and its rollback undoes them); H2 and MySQL/MariaDB, whose DDL
     * would commit it, refuse.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void createOverADatabaseFollowsItsTransaction(TestDatabase database) throws SQLException {
        database.assumeAvailable();
        try (Sandbox db = database.sandbox()) {
            Database joinwright = db.database();
            class Undo extends RuntimeException {}
            if (database.dialect.ddl().transactionalDdl()) {
                assertThrows(Undo.class, () -> joinwright.runInTransaction(() -> {
                    BLOG.create(joinwright);
                    int created = joinwright.withConnection(c -> Catalog.tables(db).size());
                    assertEquals(BLOG_TABLES, created);
                    throw new Undo();
                }));
            } else {
                assertThrows(IllegalStateException.class, () -> joinwright.runInTransaction(() -> BLOG.create(joinwright)));
            }
            assertEquals(List.of(), Catalog.tables(db), "nothing left by the transaction");
            BLOG.create(joinwright);
            assertEquals(BLOG_TABLES, Catalog.tables(db).size());
            BLOG.drop(joinwright);
            assertEquals(List.of(), Catalog.tables(db));
        }
    }

    /** The table's name as the catalog spells it (H2 folds bare names to upper case). */
    static String tableName(Sandbox db, String table) throws SQLException {
        return Catalog.tables(db).stream().filter(t -> t.equalsIgnoreCase(table)).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = {"POSTGRESQL", "SQLITE"})
    void aFailedCreateLeavesNothingWhereDdlIsTransactional(TestDatabase database) throws SQLException {
        database.assumeAvailable();
        try (Sandbox db = database.sandbox()) {
            db.update("CREATE TABLE content (x INTEGER)"); // the third CREATE TABLE will fail
            assertThrows(SQLException.class, () -> BLOG.create(db.connection));
            assertEquals(List.of("content"), Catalog.tables(db));
            assertTrue(db.connection.getAutoCommit());
        }
    }
}
