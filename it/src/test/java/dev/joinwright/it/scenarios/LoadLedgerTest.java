package dev.joinwright.it.scenarios;

import static dev.joinwright.it.scenarios.Rows.content;
import static dev.joinwright.it.scenarios.Rows.tag;
import static dev.joinwright.it.scenarios.Rows.user;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zaxxer.hikari.HikariDataSource;
import dev.joinwright.Database;
import dev.joinwright.RetryableException;
import dev.joinwright.it.blog.ContentDao;
import dev.joinwright.it.blog.ContentRecord;
import dev.joinwright.it.blog.TagDao;
import dev.joinwright.it.blog.TagRecord;
import dev.joinwright.it.blog.UserDao;
import dev.joinwright.it.blog.UserRecord;
import dev.joinwright.it.matrix.GeneratedSchema;
import dev.joinwright.it.matrix.OnAllDatabases;
import dev.joinwright.it.matrix.Sandbox;
import dev.joinwright.it.matrix.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;

/**
 * 8 threads run a bounded random mix of DAO operations over a pool of 4 connections. Each operation
 * writes its id to a ledger table inside its own transaction; about one in ten is made to fail at
 * its very end. Each thread owns its users and their content (so it can keep an exact model of
 * what it acknowledged) and links them to tags shared by all threads (so the threads contend).
 * At the end the database must equal the union of the models: every acknowledged operation fully
 * present, every failed one fully absent, no orphans, no duplicate links, navigation symmetric,
 * no connection left open.
 */
@DisplayName("Load")
class LoadLedgerTest {
    private static final int THREADS = 8;
    private static final int POOL = 4;
    private static final int OPS_PER_THREAD = 300;
    private static final int SHARED_TAGS = 12;
    private static final long SEED = 20_260_101L;

    private enum Kind { INSERT, LINK, UNLINK, REPLACE, DELETE, NAVIGATE }

    /** Thrown at the end of an operation's transaction, after all its writes and its ledger row. */
    private static final class InjectedFailure extends RuntimeException {
        InjectedFailure() {
            super("injected", null, false, false);
        }
    }

    /** What one thread acknowledged: its users, their content, and each content's tags. */
    private static final class Model {
        final Map<Long, Set<Long>> contentOf = new HashMap<>();
        final Map<Long, Set<Long>> tagsOf = new HashMap<>();
        final Set<Long> acknowledged = new HashSet<>();
        final Set<Long> failed = new HashSet<>();
        final List<String> violations = new ArrayList<>();
        int retryable;
    }

    @org.junit.jupiter.api.BeforeAll
    static void freshFigures() throws IOException {
        Files.deleteIfExists(Path.of(System.getProperty("basedir", "."), "target", "load-ledger.md"));
    }

    @OnAllDatabases
    @DisplayName("8 threads, pool of 4, ledgered random mix: nothing lost, nothing half done")
    void ledger(TestDatabase db) throws Exception {
        try (Sandbox sandbox = db.openSandbox()) {
            GeneratedSchema.BLOG.setup().prepare(sandbox);
            sandbox.execute("CREATE TABLE jw_ledger (op_id BIGINT PRIMARY KEY, thread_no INT NOT NULL,"
                    + " kind VARCHAR(20) NOT NULL)");
            HikariDataSource pool = sandbox.pool(POOL, "ledger-" + sandbox.name());
            Database database = Database.of(pool);
            List<TagRecord> shared = new TagDao(database).insertAll(
                    java.util.stream.IntStream.range(0, SHARED_TAGS).mapToObj(i -> tag("shared-" + i)).toList());

            AtomicLong opIds = new AtomicLong();
            long start = System.nanoTime();
            ExecutorService threads = Executors.newFixedThreadPool(THREADS);
            List<Future<Model>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int threadNo = t;
                futures.add(threads.submit(() -> run(database, threadNo, shared, opIds)));
            }
            List<Model> models = new ArrayList<>();
            for (Future<Model> f : futures) {
                models.add(f.get(5, TimeUnit.MINUTES));
            }
            threads.shutdown();
            long millis = (System.nanoTime() - start) / 1_000_000;

            List<String> violations = new ArrayList<>();
            models.forEach(m -> violations.addAll(m.violations));
            check(sandbox, database, models, shared, violations);
            int active = pool.getHikariPoolMXBean().getActiveConnections();
            if (active != 0) {
                violations.add(active + " pooled connections still borrowed after the run");
            }
            pool.close();
            // The server drops a session a moment after the client said goodbye: give it 5 s.
            long serverSide = openServerConnections(sandbox);
            for (long deadline = System.nanoTime() + 5_000_000_000L; serverSide != 0 && System.nanoTime() < deadline; ) {
                Thread.sleep(50);
                serverSide = openServerConnections(sandbox);
            }
            if (serverSide != 0) {
                violations.add(serverSide + " server connections of the pool still open after close");
            }
            report(db, models, millis, violations);
            assertEquals(List.of(), violations);
        }
    }

    private static Model run(Database database, int threadNo, List<TagRecord> shared, AtomicLong opIds) {
        UserDao users = new UserDao(database);
        ContentDao contents = new ContentDao(database);
        Random random = new Random(SEED + threadNo);
        Model model = new Model();
        for (int i = 0; i < OPS_PER_THREAD; i++) {
            long opId = opIds.incrementAndGet();
            Kind kind = model.contentOf.isEmpty() ? Kind.INSERT : Kind.values()[random.nextInt(Kind.values().length)];
            boolean inject = random.nextInt(10) == 0;
            List<Long> contentIds = new ArrayList<>();
            model.contentOf.values().forEach(contentIds::addAll);
            long target = contentIds.isEmpty() ? -1 : contentIds.get(random.nextInt(contentIds.size()));
            List<TagRecord> tags = pick(shared, random);
            long userId = model.contentOf.isEmpty() ? -1
                    : new ArrayList<>(model.contentOf.keySet()).get(random.nextInt(model.contentOf.size()));
            if (target < 0 && kind != Kind.INSERT && kind != Kind.DELETE) {
                kind = Kind.INSERT;
            }
            Kind op = kind;
            try {
                Object result = database.inTransaction(() -> {
                    Object r = apply(op, users, contents, model, opId, threadNo, target, userId, tags);
                    database.withConnection(c -> ledger(c, opId, threadNo, op));
                    if (inject) {
                        throw new InjectedFailure();
                    }
                    return r;
                });
                acknowledge(op, model, result, target, userId, tags);
                model.acknowledged.add(opId);
            } catch (InjectedFailure | RetryableException e) {
                model.failed.add(opId);
                if (e instanceof RetryableException) {
                    model.retryable++;
                }
            } catch (RuntimeException e) {
                model.failed.add(opId);
                model.violations.add("op " + opId + " " + op + " failed unexpectedly: " + e);
            }
        }
        return model;
    }

    private static List<TagRecord> pick(List<TagRecord> shared, Random random) {
        Set<TagRecord> picked = new HashSet<>();
        int n = 1 + random.nextInt(3);
        while (picked.size() < n) {
            picked.add(shared.get(random.nextInt(shared.size())));
        }
        return new ArrayList<>(picked);
    }

    private static Object apply(Kind kind, UserDao users, ContentDao contents, Model model, long opId, int threadNo,
            long target, long userId, List<TagRecord> tags) {
        ContentRecord post = ContentRecord.builder().id(target).title("?").ownerId(0).build();
        switch (kind) {
            case INSERT:
                UserRecord u = users.insert(user("op" + opId + "@ledger", "t" + threadNo));
                return contents.insertAll(List.of(content("op" + opId + "-a", u.id()), content("op" + opId + "-b", u.id())));
            case LINK:
                contents.linkTags(post, tags);
                return null;
            case UNLINK:
                contents.unlinkTags(post, tags);
                return null;
            case REPLACE:
                contents.replaceTags(post, tags);
                return null;
            case DELETE:
                return users.deleteById(userId);
            case NAVIGATE:
                Set<Long> seen = new TreeSet<>();
                contents.tags(target).forEach(t -> seen.add(t.id()));
                if (!seen.equals(new TreeSet<>(model.tagsOf.get(target)))) {
                    model.violations.add("op " + opId + ": tags(" + target + ") = " + seen + ", acknowledged "
                            + new TreeSet<>(model.tagsOf.get(target)));
                }
                return null;
            default:
                throw new AssertionError(kind);
        }
    }

    @SuppressWarnings("unchecked")
    private static void acknowledge(Kind kind, Model model, Object result, long target, long userId,
            List<TagRecord> tags) {
        Set<Long> tagIds = new HashSet<>();
        tags.forEach(t -> tagIds.add(t.id()));
        switch (kind) {
            case INSERT:
                List<ContentRecord> rows = (List<ContentRecord>) result;
                Set<Long> ids = new HashSet<>();
                rows.forEach(r -> {
                    ids.add(r.id());
                    model.tagsOf.put(r.id(), new HashSet<>());
                });
                model.contentOf.put(rows.get(0).ownerId(), ids);
                break;
            case LINK:
                model.tagsOf.get(target).addAll(tagIds);
                break;
            case UNLINK:
                model.tagsOf.get(target).removeAll(tagIds);
                break;
            case REPLACE:
                model.tagsOf.put(target, tagIds);
                break;
            case DELETE:
                model.contentOf.remove(userId).forEach(model.tagsOf::remove);
                break;
            default:
                break;
        }
    }

    private static Object ledger(Connection c, long opId, int threadNo, Kind kind) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO jw_ledger (op_id, thread_no, kind) VALUES (?, ?, ?)")) {
            s.setLong(1, opId);
            s.setInt(2, threadNo);
            s.setString(3, kind.name());
            s.executeUpdate();
        }
        return null;
    }

    private static void check(Sandbox sandbox, Database database, List<Model> models, List<TagRecord> shared,
            List<String> violations) throws SQLException {
        Set<Long> acknowledged = new TreeSet<>();
        Set<Long> failed = new TreeSet<>();
        Map<Long, Long> expectedOwner = new HashMap<>();
        Set<String> expectedLinks = new TreeSet<>();
        for (Model m : models) {
            acknowledged.addAll(m.acknowledged);
            failed.addAll(m.failed);
            m.contentOf.forEach((user, posts) -> posts.forEach(p -> expectedOwner.put(p, user)));
            m.tagsOf.forEach((post, tags) -> tags.forEach(t -> expectedLinks.add(post + "-" + t)));
        }
        try (Connection c = sandbox.connect()) {
            Set<Long> ledger = longs(c, "SELECT op_id FROM jw_ledger");
            expect(violations, "ledger = acknowledged operations", acknowledged, ledger);
            Map<Long, Long> owners = new HashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, owner_id FROM content")) {
                while (rs.next()) {
                    owners.put(rs.getLong(1), rs.getLong(2));
                }
            }
            expect(violations, "content rows = acknowledged inserts less acknowledged deletes", expectedOwner, owners);
            expect(violations, "users = owners of acknowledged content", new TreeSet<>(expectedOwner.values()),
                    longs(c, "SELECT id FROM users"));
            Set<String> links = new TreeSet<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT content_id, tag_id FROM content_tags")) {
                while (rs.next()) {
                    links.add(rs.getLong(1) + "-" + rs.getLong(2));
                }
            }
            expect(violations, "links = acknowledged link/unlink/replace", expectedLinks, links);
            for (String orphans : List.of(
                    "SELECT COUNT(*) FROM content c LEFT JOIN users u ON u.id = c.owner_id WHERE u.id IS NULL",
                    "SELECT COUNT(*) FROM content_tags a LEFT JOIN content c ON c.id = a.content_id WHERE c.id IS NULL",
                    "SELECT COUNT(*) FROM content_tags a LEFT JOIN tags t ON t.id = a.tag_id WHERE t.id IS NULL",
                    "SELECT COUNT(*) FROM (SELECT content_id, tag_id FROM content_tags GROUP BY content_id, tag_id"
                            + " HAVING COUNT(*) > 1) d")) {
                long n = Rows.number(c, orphans);
                if (n != 0) {
                    violations.add(n + " rows from: " + orphans);
                }
            }
            Set<Long> failedButLedgered = new TreeSet<>(failed);
            failedButLedgered.retainAll(ledger);
            if (!failedButLedgered.isEmpty()) {
                violations.add("failed operations in the ledger: " + failedButLedgered);
            }
            long failedRows = Rows.number(c, "SELECT COUNT(*) FROM users WHERE email IN ("
                    + failed.stream().map(id -> "'op" + id + "@ledger'").reduce((a, b) -> a + "," + b).orElse("''") + ")");
            if (failedRows != 0) {
                violations.add(failedRows + " users of failed inserts are present");
            }
        }
        symmetry(database, shared, violations);
    }

    private static void symmetry(Database database, List<TagRecord> shared, List<String> violations) {
        ContentDao contents = new ContentDao(database);
        Set<String> fromContent = new TreeSet<>();
        contents.tags(contents.findAll()).forEach((post, tags) -> tags.forEach(t -> fromContent.add(post + "-" + t.id())));
        Set<String> fromTags = new TreeSet<>();
        new TagDao(database).content(shared).forEach((tag, posts) -> posts.forEach(p -> fromTags.add(p.id() + "-" + tag)));
        expect(violations, "content.tags and tags.content agree", fromContent, fromTags);
    }

    private static void expect(List<String> violations, String what, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            violations.add(what + ": expected " + abbreviate(expected) + " but was " + abbreviate(actual));
        }
    }

    private static String abbreviate(Object o) {
        String s = String.valueOf(o);
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    private static Set<Long> longs(Connection c, String sql) throws SQLException {
        Set<Long> values = new TreeSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getLong(1));
            }
        }
        return values;
    }

    /** Server sessions still connected to the sandbox (other than the checker's own). */
    private static long openServerConnections(Sandbox sandbox) throws SQLException {
        switch (sandbox.db()) {
            case MARIADB:
                try (Connection c = sandbox.connect()) {
                    return Rows.number(c, "SELECT COUNT(*) FROM information_schema.processlist WHERE db = '"
                            + sandbox.name() + "' AND id <> CONNECTION_ID()");
                }
            case POSTGRESQL:
                try (Connection c = sandbox.connect()) {
                    return Rows.number(c, "SELECT COUNT(*) FROM pg_stat_activity WHERE pid <> pg_backend_pid()"
                            + " AND application_name = 'ledger-" + sandbox.name() + "'");
                }
            default:
                return 0; // embedded: the pool's own count above is all there is
        }
    }

    private static void report(TestDatabase db, List<Model> models, long millis, List<String> violations)
            throws IOException {
        int acknowledged = models.stream().mapToInt(m -> m.acknowledged.size()).sum();
        int failed = models.stream().mapToInt(m -> m.failed.size()).sum();
        int retryable = models.stream().mapToInt(m -> m.retryable).sum();
        String line = String.format("| %s | %d | %d | %d | %d | %d | %d | %d ms | %d |%n", db, THREADS, POOL,
                acknowledged + failed, acknowledged, failed, retryable, millis, violations.size());
        Path out = Path.of(System.getProperty("basedir", "."), "target", "load-ledger.md");
        Files.createDirectories(out.getParent());
        if (!Files.exists(out)) {
            Files.writeString(out, "| database | threads | pool | operations | acknowledged | failed"
                    + " (injected + retryable) | retryable | time | violations |\n|---|---|---|---|---|---|---|---|---|\n");
        }
        Files.writeString(out, line, StandardOpenOption.APPEND);
        System.out.print("load ledger: " + line);
    }
}
