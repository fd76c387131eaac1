package dev.joinwright.it.scenarios;

import static dev.joinwright.it.scenarios.Rows.content;
import static dev.joinwright.it.scenarios.Rows.tag;
import static dev.joinwright.it.scenarios.Rows.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.zaxxer.hikari.HikariDataSource;
import dev.joinwright.Database;
import dev.joinwright.ForeignKeyViolationException;
import dev.joinwright.it.blog.Content;
import dev.joinwright.it.blog.ContentDao;
import dev.joinwright.it.blog.ContentRecord;
import dev.joinwright.it.blog.Tag;
import dev.joinwright.it.blog.TagDao;
import dev.joinwright.it.blog.TagRecord;
import dev.joinwright.it.blog.User;
import dev.joinwright.it.blog.UserDao;
import dev.joinwright.it.blog.UserRecord;
import dev.joinwright.it.matrix.GeneratedSchema;
import dev.joinwright.it.matrix.OnAllDatabases;
import dev.joinwright.it.matrix.Sandbox;
import dev.joinwright.it.matrix.Sandboxes;
import dev.joinwright.it.matrix.TestDatabase;
import java.io.IOException;
import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * SPEC section 6 with the frameworks users run Joinwright in: a real Spring
 * {@code DataSourceTransactionManager} over {@code TransactionAwareDataSourceProxy}, an
 * application-owned connection, a HikariCP pool with {@code autoCommit=false}, and checked
 * exceptions thrown sneakily out of DAO calls.
 */
@DisplayName("Transactions and frameworks")
class TransactionsAndFrameworksTest {
    @RegisterExtension
    static final Sandboxes BLOG = new Sandboxes(GeneratedSchema.BLOG.setup());

    /** Joinwright's batch, link, replace and runInTransaction writes, all in the caller's transaction. */
    private static void writeEverything(Database db, String prefix) {
        UserDao users = new UserDao(db);
        ContentDao contents = new ContentDao(db);
        TagDao tags = new TagDao(db);
        UserRecord owner = users.insert(user(prefix + "@tx", prefix));
        List<ContentRecord> posts = contents.insertAll(List.of(content(prefix + "-1", owner.id()),
                content(prefix + "-2", owner.id())));
        List<TagRecord> labels = tags.insertAll(List.of(tag(prefix + "-a"), tag(prefix + "-b")));
        contents.linkTags(posts.get(0), labels);
        contents.replaceTags(posts.get(1), List.of(labels.get(1)));
        db.runInTransaction(() -> tags.insert(tag(prefix + "-c")));
    }

    /** Rows of a prefix, counted on a connection of their own: only what is committed. */
    private static long committed(Sandbox sandbox, String prefix) throws Exception {
        try (Connection c = sandbox.connect()) {
            return Rows.number(c, "SELECT (SELECT COUNT(*) FROM users WHERE email LIKE '" + prefix + "@%')"
                    + " + (SELECT COUNT(*) FROM content WHERE title LIKE '" + prefix + "-%')"
                    + " + (SELECT COUNT(*) FROM tags WHERE name LIKE '" + prefix + "-%')"
                    + " + (SELECT COUNT(*) FROM content_tags a JOIN tags t ON t.id = a.tag_id WHERE t.name LIKE '"
                    + prefix + "-%')");
        }
    }

    @OnAllDatabases
    @DisplayName("Spring TransactionTemplate: rollback undoes batch, link, replace and runInTransaction; commit keeps them")
    void springOwnsTheTransaction(TestDatabase db) throws Exception {
        Sandbox sandbox = BLOG.of(db);
        DataSource target = sandbox.dataSourceWithForeignKeys();
        TransactionTemplate spring = new TransactionTemplate(new DataSourceTransactionManager(target));
        Database database = Database.managed(new TransactionAwareDataSourceProxy(target));

        spring.executeWithoutResult(status -> {
            writeEverything(database, "spring-rollback");
            status.setRollbackOnly();
        });
        assertEquals(0, committed(sandbox, "spring-rollback"), "Spring's rollback undid every Joinwright write");

        spring.executeWithoutResult(status -> writeEverything(database, "spring-commit"));
        assertEquals(1 + 2 + 3 + 3, committed(sandbox, "spring-commit"), "user, 2 posts, 3 tags, 3 links");
    }

    @OnAllDatabases
    @DisplayName("Spring: a failed replace rolls back to its savepoint; the owner's transaction goes on and commits")
    void savepointsInsideTheManagersTransaction(TestDatabase db) throws Exception {
        Sandbox sandbox = BLOG.of(db);
        DataSource target = sandbox.dataSourceWithForeignKeys();
        TransactionTemplate spring = new TransactionTemplate(new DataSourceTransactionManager(target));
        Database database = Database.managed(new TransactionAwareDataSourceProxy(target));
        ContentDao contents = new ContentDao(database);
        TagDao tags = new TagDao(database);

        List<String> linked = spring.execute(status -> {
            UserRecord owner = new UserDao(database).insert(user("savepoint@tx", "savepoint"));
            ContentRecord post = contents.insert(content("savepoint-post", owner.id()));
            TagRecord java = tags.insert(tag("savepoint-java"));
            contents.linkTags(post, java);
            TagRecord missing = tag("savepoint-missing").withId(999_999);
            assertThrows(ForeignKeyViolationException.class, () -> contents.replaceTags(post, List.of(missing)));
            tags.insert(tag("savepoint-after")); // the transaction is usable (PostgreSQL: not aborted)
            return contents.tags(post).stream().map(TagRecord::name).toList();
        });
        assertEquals(List.of("savepoint-java"), linked, "the link set is as before the failed replace");
        assertEquals(1 + 1 + 2 + 1, committed(sandbox, "savepoint"), "and all the rest committed");
    }

    @OnAllDatabases
    @DisplayName("application-owned connection with autocommit off: its rollback undoes the DAO writes")
    void applicationOwnedConnection(TestDatabase db) throws Exception {
        Sandbox sandbox = BLOG.of(db);
        try (Connection app = sandbox.dataSourceWithForeignKeys().getConnection()) {
            app.setAutoCommit(false);
            writeEverything(Database.of(app), "app-rollback");
            app.rollback();
            writeEverything(Database.of(app), "app-commit");
            app.commit();
        }
        assertEquals(0, committed(sandbox, "app-rollback"));
        assertEquals(9, committed(sandbox, "app-commit"));
    }

    @OnAllDatabases
    @DisplayName("HikariCP autoCommit=false: insert, update, deleteById outside a transaction are durable; SQLite FKs hold")
    void poolWithAutocommitOff(TestDatabase db) throws Exception {
        Sandbox sandbox = BLOG.of(db);
        // SQLite: one connection, because an idle connection with autocommit off holds SQLite's write lock
        HikariDataSource pool = sandbox.pool(db == TestDatabase.SQLITE ? 1 : 2, "autocommit-off-" + sandbox.name(), false);
        Database database = Database.of(pool);
        UserDao users = new UserDao(database);
        ContentDao contents = new ContentDao(database);
        UserRecord kept = users.insert(user("pool-kept@tx", "pool-kept"));
        UserRecord gone = users.insert(user("pool-gone@tx", "pool-gone"));
        users.update(kept.withName("pool-renamed"));
        assertEquals(true, users.deleteById(gone.id()));
        contents.insertAll(List.of(content("pool-1", kept.id())));
        assertThrows(ForeignKeyViolationException.class, () -> contents.insert(content("pool-orphan", 987_654)),
                "foreign keys are enforced on every connection, SQLite's included");
        pool.close();
        try (Connection c = sandbox.connect()) {
            assertEquals(1, Rows.number(c, "SELECT COUNT(*) FROM users WHERE name = 'pool-renamed'"));
            assertEquals(0, Rows.number(c, "SELECT COUNT(*) FROM users WHERE email = 'pool-gone@tx'"));
            assertEquals(1, Rows.number(c, "SELECT COUNT(*) FROM content WHERE title LIKE 'pool-%'"));
        }
    }

    @OnAllDatabases
    @DisplayName("checked exceptions thrown sneakily from runInTransaction, insertAll and replaceX roll back")
    void sneakyCheckedExceptions(TestDatabase db) throws Exception {
        Sandbox sandbox = BLOG.of(db);
        Database database = sandbox.database();
        UserDao users = new UserDao(database);
        ContentDao contents = new ContentDao(database);
        TagDao tags = new TagDao(database);
        IOException io = new IOException("disk gone");

        assertSame(io, assertThrows(IOException.class, () -> database.runInTransaction(() -> {
            users.insert(user("sneaky-run@tx", "sneaky-run"));
            throw Sneaky.<RuntimeException>sneak(io);
        })));
        User throwing = throwingUser(io);
        assertSame(io, assertThrows(IOException.class,
                () -> users.insertAll(List.of(user("sneaky-batch@tx", "sneaky-batch"), throwing))));
        UserRecord owner = users.insert(user("sneaky-owner@tx", "sneaky-owner"));
        ContentRecord post = contents.insert(content("sneaky-post", owner.id()));
        TagRecord java = tags.insert(tag("sneaky-java"));
        contents.linkTags(post, java);
        assertSame(io, assertThrows(IOException.class,
                () -> contents.replaceTags(post, List.of(tags.insert(tag("sneaky-new")), throwingTag(io)))));

        assertEquals(List.of("sneaky-java"), contents.tags(post).stream().map(TagRecord::name).toList(),
                "replace rolled back: the old link set");
        try (Connection c = sandbox.connect()) {
            assertEquals(0, Rows.number(c, "SELECT COUNT(*) FROM users WHERE email IN ('sneaky-run@tx', 'sneaky-batch@tx')"));
        }
    }

    /** An entity whose accessor throws a checked exception, as a lazily computed field might. */
    private static User throwingUser(IOException io) {
        return new User() {
            @Override public long id() { return 0; }
            @Override public String email() { throw Sneaky.<RuntimeException>sneak(io); }
            @Override public String name() { return "never"; }
            @Override public String bio() { return null; }
            @Override public List<Content> content() { return List.of(); }
        };
    }

    private static Tag throwingTag(IOException io) {
        return new Tag() {
            @Override public long id() { throw Sneaky.<RuntimeException>sneak(io); }
            @Override public String name() { return "never"; }
            @Override public List<Content> content() { return List.of(); }
        };
    }

    /** Throws any Throwable undeclared, as Kotlin and Lombok's @SneakyThrows do. */
    private static final class Sneaky {
        @SuppressWarnings("unchecked")
        static <E extends Throwable> RuntimeException sneak(Throwable t) throws E {
            throw (E) t;
        }
    }
}
