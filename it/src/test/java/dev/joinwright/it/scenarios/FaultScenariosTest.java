package dev.joinwright.it.scenarios;

import static dev.joinwright.it.scenarios.Rows.content;
import static dev.joinwright.it.scenarios.Rows.tag;
import static dev.joinwright.it.scenarios.Rows.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinwright.DataAccessException;
import dev.joinwright.Database;
import dev.joinwright.RetryableException;
import dev.joinwright.it.blog.ContentDao;
import dev.joinwright.it.blog.ContentRecord;
import dev.joinwright.it.blog.TagDao;
import dev.joinwright.it.blog.TagRecord;
import dev.joinwright.it.blog.UserDao;
import dev.joinwright.it.blog.UserRecord;
import dev.joinwright.it.matrix.Faults;
import dev.joinwright.it.matrix.GeneratedSchema;
import dev.joinwright.it.matrix.OnAllDatabases;
import dev.joinwright.it.matrix.Sandbox;
import dev.joinwright.it.matrix.Sandboxes;
import dev.joinwright.it.matrix.TestDatabase;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Failures in the middle of writes leave nothing half done, and surface as the right exception. */
@DisplayName("Faults")
class FaultScenariosTest {
    @RegisterExtension
    static final Sandboxes BLOG = new Sandboxes(GeneratedSchema.BLOG.setup());

    private static final Predicate<String> LINK_INSERT =
            sql -> sql.toLowerCase(Locale.ROOT).contains("into content_tags");

    /** A post linked to java and sql, and three more tags. */
    private record Fixture(ContentRecord post, List<TagRecord> before, List<TagRecord> others) {}

    private static Fixture fixture(Database database, String prefix) {
        UserRecord owner = new UserDao(database).insert(user(prefix + "@fault", prefix));
        ContentRecord post = new ContentDao(database).insert(content(prefix, owner.id()));
        TagDao tags = new TagDao(database);
        List<TagRecord> before = List.of(tags.insert(tag(prefix + "-java")), tags.insert(tag(prefix + "-sql")));
        new ContentDao(database).linkTags(post, before);
        List<TagRecord> others = List.of(tags.insert(tag(prefix + "-a")), tags.insert(tag(prefix + "-b")),
                tags.insert(tag(prefix + "-c")));
        return new Fixture(post, before, others);
    }

    private static List<String> links(ContentDao contents, ContentRecord post) {
        return contents.tags(post).stream().map(TagRecord::name).sorted().toList();
    }

    @OnAllDatabases
    @DisplayName("fault injected mid replace: link set exactly as before")
    void faultDuringReplace(TestDatabase db) throws Exception {
        Sandbox sandbox = BLOG.of(db);
        Fixture f = fixture(sandbox.database(), "replace");
        Faults.FailingDataSource failing = Faults.failOn(sandbox.dataSource(), LINK_INSERT, 1);
        ContentDao faulty = new ContentDao(Database.of(failing, db.dialect()));
        ContentDao contents = new ContentDao(sandbox.database());
        List<String> before = links(contents, f.post());

        DataAccessException e = assertThrows(DataAccessException.class, () -> faulty.replaceTags(f.post(), f.others()));
        assertTrue(failing.fired(), "the fault was injected after the old links were cleared");
        assertTrue(e.getMessage().contains("injected fault"), e.getMessage());
        assertEquals(before, links(contents, f.post()));
        assertEquals(List.of("replace-java", "replace-sql"), before);
    }

    @OnAllDatabases
    @DisplayName("fault injected in a multi-row link: link set exactly as before")
    void faultDuringLink(TestDatabase db) throws Exception {
        Sandbox sandbox = BLOG.of(db);
        Fixture f = fixture(sandbox.database(), "link");
        Faults.FailingDataSource failing = Faults.failOn(sandbox.dataSource(), LINK_INSERT, 1);
        ContentDao faulty = new ContentDao(Database.of(failing, db.dialect()));
        ContentDao contents = new ContentDao(sandbox.database());

        assertThrows(DataAccessException.class, () -> faulty.linkTags(f.post(), f.others()));
        assertEquals(List.of("link-java", "link-sql"), links(contents, f.post()));
    }

    @OnAllDatabases
    @DisplayName("FK violation on the 3rd row of a multi-row link: link set exactly as before")
    void violationMidLink(TestDatabase db) throws Exception {
        Sandbox sandbox = BLOG.of(db);
        Fixture f = fixture(sandbox.database(), "midrow");
        ContentDao contents = new ContentDao(sandbox.database());
        List<TagRecord> targets = List.of(f.others().get(0), f.others().get(1), f.others().get(2).withId(999_999),
                f.others().get(2));

        assertThrows(DataAccessException.class, () -> contents.linkTags(f.post(), targets));
        assertEquals(List.of("midrow-java", "midrow-sql"), links(contents, f.post()));
        assertThrows(DataAccessException.class, () -> contents.replaceTags(f.post(), targets));
        assertEquals(List.of("midrow-java", "midrow-sql"), links(contents, f.post()));
    }

    @OnAllDatabases
    @DisplayName("connection killed mid-transaction: clear exception, writes absent, next call works")
    void connectionKilled(TestDatabase db) throws Exception {
        db.capabilities().killSession().require();
        Sandbox sandbox = BLOG.of(db);
        Database database = sandbox.database();
        UserDao users = new UserDao(database);
        long before = users.count();

        DataAccessException e = assertThrows(DataAccessException.class, () -> database.runInTransaction(() -> {
            users.insert(user("killed-1@fault", "first"));
            long session = database.withConnection(c -> Faults.sessionId(db, c));
            Faults.kill(sandbox, session);
            users.insert(user("killed-2@fault", "second"));
        }));
        assertFalse(e.getMessage() == null || e.getMessage().isBlank(), "the exception says what happened");
        assertEquals(before, users.count(), "the transaction's writes are absent");
        assertFalse(users.findByEmail("killed-1@fault").isPresent());
        assertTrue(users.insert(user("after-kill@fault", "after")).id() > 0, "a fresh connection works");
    }

    @OnAllDatabases
    @DisplayName("deadlock surfaces as RetryableException and rolls back")
    void deadlock(TestDatabase db) throws Exception {
        db.capabilities().deadlock().require();
        Sandbox sandbox = BLOG.of(db);
        Database database = sandbox.database();
        UserDao users = new UserDao(database);
        UserRecord a = users.insert(user("dl-a@fault", "a"));
        UserRecord b = users.insert(user("dl-b@fault", "b"));
        CyclicBarrier bothLocked = new CyclicBarrier(2);

        CompletableFuture<Throwable> first = CompletableFuture.supplyAsync(
                () -> crossUpdate(database, users, a, b, bothLocked, "first"));
        CompletableFuture<Throwable> second = CompletableFuture.supplyAsync(
                () -> crossUpdate(database, users, b, a, bothLocked, "second"));
        Throwable one = first.get(60, TimeUnit.SECONDS);
        Throwable two = second.get(60, TimeUnit.SECONDS);

        assertTrue(one != null || two != null, "one of the two transactions must lose");
        Throwable loser = one != null ? one : two;
        assertInstanceOf(RetryableException.class, loser, () -> "deadlock surfaced as " + loser);
        String winner = one == null ? "first" : two == null ? "second" : null;
        for (UserRecord u : List.of(a, b)) {
            String name = users.findById(u.id()).orElseThrow().name();
            assertEquals(winner == null ? u.name() : winner, name, "only the winner's writes are present");
        }
    }

    @OnAllDatabases
    @DisplayName("serialization failure (write skew under SERIALIZABLE) surfaces as RetryableException")
    void serializationFailure(TestDatabase db) throws Exception {
        db.capabilities().serializationFailure().require();
        Database database = BLOG.of(db).database();
        UserDao users = new UserDao(database);
        CyclicBarrier bothRead = new CyclicBarrier(2);
        CompletableFuture<Throwable> first = CompletableFuture.supplyAsync(
                () -> writeSkew(database, users, bothRead, "skew-1"));
        CompletableFuture<Throwable> second = CompletableFuture.supplyAsync(
                () -> writeSkew(database, users, bothRead, "skew-2"));
        Throwable one = first.get(60, TimeUnit.SECONDS);
        Throwable two = second.get(60, TimeUnit.SECONDS);

        assertTrue(one != null || two != null, "under SERIALIZABLE one of two write-skewed transactions must fail");
        Throwable loser = one != null ? one : two;
        assertInstanceOf(RetryableException.class, loser, () -> "serialization failure surfaced as " + loser);
        long written = users.findAll().stream().filter(u -> u.email().startsWith("skew-")).count();
        assertEquals((one == null ? 1 : 0) + (two == null ? 1 : 0), written, "only the winner's insert is present");
    }

    /** Reads how many skew users exist, waits for the other transaction to read too, then inserts one. */
    private static Throwable writeSkew(Database database, UserDao users, CyclicBarrier bothRead, String name) {
        try {
            database.runInTransaction(() -> {
                database.withConnection(c -> {
                    c.setTransactionIsolation(java.sql.Connection.TRANSACTION_SERIALIZABLE);
                    return null;
                });
                long before = users.findAll().stream().filter(u -> u.email().startsWith("skew-")).count();
                await(bothRead);
                if (before == 0) {
                    users.insert(user(name + "@fault", name));
                }
            });
            return null;
        } catch (Throwable t) {
            bothRead.reset();
            return t;
        } finally {
            database.withConnection(c -> {
                c.setTransactionIsolation(java.sql.Connection.TRANSACTION_READ_COMMITTED);
                return null;
            });
        }
    }

    private static Throwable crossUpdate(Database database, UserDao users, UserRecord lockFirst,
            UserRecord lockSecond, CyclicBarrier bothLocked, String name) {
        try {
            database.runInTransaction(() -> {
                users.update(lockFirst.withName(name));
                await(bothLocked);
                users.update(lockSecond.withName(name));
            });
            return null;
        } catch (Throwable t) {
            bothLocked.reset();
            return t;
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the other transaction never took its first lock", e);
        }
    }
}
