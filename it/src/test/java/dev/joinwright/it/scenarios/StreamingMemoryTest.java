package dev.joinwright.it.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.joinwright.Database;
import dev.joinwright.it.blog.JoinwrightSchema;
import dev.joinwright.it.blog.UserDao;
import dev.joinwright.it.blog.UserRecord;
import dev.joinwright.it.matrix.OnAllDatabases;
import dev.joinwright.it.matrix.Sandbox;
import dev.joinwright.it.matrix.TestDatabase;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;

/**
 * {@code UserDao.streamAll()} over 1,000,000 rows in a JVM with a 64 MB heap, on four databases:
 * every row arrives, in key order, the heap stays bounded (a list of the same rows needs well over
 * 150 MB), and the connection is back in the pool afterwards, also after a stream abandoned after
 * five rows and closed. Runs only in the Surefire execution {@code streaming-in-64m}
 * ({@code -Xmx64m -Djoinwright.streamingMemory=true}; skipped elsewhere, and failed there if the heap
 * is larger): the figures (time, peak heap, peak RSS) go to
 * {@code target/streaming-memory.md} and standard output.
 */
@DisplayName("Streaming")
class StreamingMemoryTest {
    private static final int ROWS = 1_000_000;
    private static final long HEAP_LIMIT = 80L << 20;
    private static final Path REPORT = Path.of(System.getProperty("basedir", "."), "target", "streaming-memory.md");

    @BeforeAll
    static void freshReport() throws IOException {
        Files.deleteIfExists(REPORT);
    }

    @OnAllDatabases
    @DisplayName("1,000,000 rows through streamAll() at -Xmx64m; the connection back after a full and an abandoned stream")
    void aMillionRowsStreamInBoundedMemory(TestDatabase db) throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("joinwright.streamingMemory"), "runs in the Surefire execution"
                + " streaming-in-64m only, in a JVM with -Xmx64m");
        long maxHeap = Runtime.getRuntime().maxMemory();
        assertTrue(maxHeap <= HEAP_LIMIT, "this scenario measures streaming in a 64 MB heap; run it through the"
                + " Surefire execution streaming-in-64m (mvn -pl it verify), not in a JVM with "
                + (maxHeap >> 20) + " MB");
        Path h2File = db == TestDatabase.H2 ? Files.createTempDirectory("jw-stream") : null;
        try (Sandbox sandbox = db.openSandbox(); HikariDataSource pool = pool(sandbox, db, h2File)) {
            try (Connection c = pool.getConnection()) {
                JoinwrightSchema.create(c);
                fill(c, db);
            }
            Database database = Database.of(pool);
            UserDao users = new UserDao(database);

            System.gc();
            long usedBefore = usedHeap();
            long maxSampled = 0;
            long rows = 0;
            long lastId = 0;
            long start = System.nanoTime();
            try (Stream<UserRecord> all = users.streamAll()) {
                Iterator<UserRecord> it = all.iterator();
                while (it.hasNext()) {
                    UserRecord user = it.next();
                    assertTrue(user.id() > lastId, "in key order");
                    lastId = user.id();
                    if (++rows % 50_000 == 0) {
                        maxSampled = Math.max(maxSampled, usedHeap());
                    }
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.gc();
            long afterGc = usedHeap();
            assertEquals(ROWS, rows);
            assertEquals(0, pool.getHikariPoolMXBean().getActiveConnections(), "the connection is back in the pool");
            assertNoOpenTransaction(db, pool);

            long abandonStart = System.nanoTime();
            try (Stream<UserRecord> all = users.streamAll()) {
                assertEquals(5, all.limit(5).count());
                assertEquals(1, pool.getHikariPoolMXBean().getActiveConnections(), "the open cursor holds one");
            }
            double abandonSeconds = (System.nanoTime() - abandonStart) / 1e9;
            assertEquals(0, pool.getHikariPoolMXBean().getActiveConnections(), "back after the abandoned stream");
            assertNoOpenTransaction(db, pool);
            assertEquals(ROWS, users.count(), "the pool goes on");

            report(db, seconds, usedBefore, maxSampled, afterGc, maxHeap, abandonSeconds);
        } finally {
            if (h2File != null) {
                try (Stream<Path> files = Files.list(h2File)) {
                    for (Path file : files.toList()) {
                        Files.deleteIfExists(file);
                    }
                }
                Files.deleteIfExists(h2File);
            }
        }
    }

    /** A pool of two; on H2 a file database (an in-memory one would hold the million rows in this heap). */
    private static HikariDataSource pool(Sandbox sandbox, TestDatabase db, Path h2File) {
        if (db != TestDatabase.H2) {
            return sandbox.pool(2, "stream-" + sandbox.name());
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:file:" + h2File.resolve("stream") + ";CACHE_SIZE=4096");
        config.setMaximumPoolSize(2);
        config.setMinimumIdle(0);
        config.setRegisterMbeans(false);
        return new HikariDataSource(config);
    }

    /** A million users, made by the server itself, in chunks (so no transaction grows too large). */
    private static void fill(Connection c, TestDatabase db) throws SQLException {
        try (Statement s = c.createStatement()) {
            switch (db) {
                case POSTGRESQL:
                    s.executeUpdate("INSERT INTO users (email, name) SELECT 'u' || x || '@example.com', 'User ' || x"
                            + " FROM generate_series(1, " + ROWS + ") AS x");
                    break;
                case H2:
                    for (int from = 1; from <= ROWS; from += 100_000) {
                        s.executeUpdate("INSERT INTO users (email, name) SELECT 'u' || X || '@example.com', 'User ' || X"
                                + " FROM SYSTEM_RANGE(" + from + ", " + (from + 99_999) + ")");
                    }
                    break;
                case MARIADB:
                    s.execute("SET SESSION max_recursive_iterations = " + (ROWS + 1)); // the server's default may be 1,000
                    s.executeUpdate("INSERT INTO users (email, name) WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL"
                            + " SELECT x + 1 FROM n WHERE x < " + ROWS + ") SELECT CONCAT('u', x, '@example.com'),"
                            + " CONCAT('User ', x) FROM n");
                    break;
                case SQLITE:
                    s.executeUpdate("INSERT INTO users (email, name) WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL"
                            + " SELECT x + 1 FROM n WHERE x < " + ROWS + ") SELECT 'u' || x || '@example.com',"
                            + " 'User ' || x FROM n");
                    break;
                default:
                    throw new AssertionError(db);
            }
        }
    }

    /** PostgreSQL: no session of this pool is left idle in a transaction (the stream's own read transaction ended). */
    private static void assertNoOpenTransaction(TestDatabase db, HikariDataSource pool) throws SQLException {
        if (db != TestDatabase.POSTGRESQL) {
            return;
        }
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = '"
                        + pool.getPoolName() + "' AND state LIKE 'idle in transaction%'")) {
            rs.next();
            assertEquals(0, rs.getLong(1), "a session left idle in transaction");
        }
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void report(TestDatabase db, double seconds, long usedBefore, long maxSampled, long afterGc,
            long maxHeap, double abandonSeconds) throws IOException {
        String rss = procStatus("VmHWM") + " peak RSS of the JVM (VmHWM, whole run), " + procStatus("VmRSS") + " now";
        String line = String.format(Locale.ROOT, "| %s | %,d | %.1f s | %.0f rows/s | %.1f MB | %.1f MB | %.1f MB | %.1f MB"
                        + " | %.2f s | %s |%n", db, ROWS, seconds, ROWS / seconds, usedBefore / 1048576.0,
                maxSampled / 1048576.0, afterGc / 1048576.0, maxHeap / 1048576.0, abandonSeconds, rss);
        if (!Files.exists(REPORT)) {
            Files.createDirectories(REPORT.getParent());
            Files.writeString(REPORT, "| database | rows | time | rate | heap used before | heap used, sampled max"
                    + " | heap used after a GC at the end | max heap | abandoned after 5 rows, closed in | RSS |\n"
                    + "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n", StandardCharsets.UTF_8);
        }
        Files.writeString(REPORT, line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        System.out.print("streaming-memory " + line);
    }

    private static String procStatus(String key) throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return "n/a";
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith(key + ":")) {
                return line.substring(key.length() + 1).trim();
            }
        }
        return "n/a";
    }
}
