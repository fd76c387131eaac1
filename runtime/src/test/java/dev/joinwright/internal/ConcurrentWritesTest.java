package dev.joinwright.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinwright.Database;
import dev.joinwright.Dialect;
import dev.joinwright.RetryableException;
import dev.joinwright.UniqueViolationException;
import dev.joinwright.testing.AllDatabases;
import dev.joinwright.testing.TestDatabases.Tables;
import dev.joinwright.testing.TestDatabases.TestDatabase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Assumptions;

/**
 * The runtime's building blocks for concurrent multi-row writes (issue 8, point 4), each raced in
 * bounded loops: batches in key order never deadlock each other, idempotent inserts never surface
 * a unique violation from a race, and a locked row makes a second locker wait. SQLite is skipped:
 * one writer at a time, so there is no race to lose (a second writer waits or gets SQLITE_BUSY).
 */
class ConcurrentWritesTest {
    private static final int ROUNDS = 15;

    private static void concurrentWritersOnly(TestDatabase db) {
        Assumptions.assumeFalse(db.dialect() == Dialect.SQLITE, "SQLite runs one writer at a time");
    }

    @AllDatabases
    void batchesInKeyOrderNeverDeadlockEachOther(TestDatabase db) throws Exception {
        concurrentWritersOnly(db);
        try (Tables tables = db.tables()) {
            String table = tables.name("rows");
            tables.execute("CREATE TABLE " + table + " (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)" + db.tableOptions());
            Database database = db.database();
            List<Integer> ids = IntStream.rangeClosed(1, 60).boxed().collect(Collectors.toList());
            Jdbc.batch(database, "INSERT INTO " + table + " (id, n) VALUES (?, 0)", ids, (ps, id) -> ps.setInt(1, id));
            List<Integer> reversed = new ArrayList<>(ids);
            java.util.Collections.reverse(reversed);
            String update = "UPDATE " + table + " SET n = n + 1 WHERE id = ?";
            AtomicInteger deadlocks = new AtomicInteger();
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                for (int round = 0; round < ROUNDS; round++) {
                    CyclicBarrier start = new CyclicBarrier(2);
                    List<Future<?>> both = new ArrayList<>();
                    for (List<Integer> order : List.of(ids, reversed)) {
                        both.add(threads.submit(() -> {
                            start.await(10, TimeUnit.SECONDS);
                            try {
                                Jdbc.batchInKeyOrder(database, update, order, Comparator.naturalOrder(),
                                        (ps, id) -> ps.setInt(1, id));
                            } catch (RetryableException e) {
                                deadlocks.incrementAndGet();
                            }
                            return null;
                        }));
                    }
                    for (Future<?> f : both) {
                        f.get(60, TimeUnit.SECONDS);
                    }
                }
            } finally {
                threads.shutdownNow();
            }
            assertEquals(0, deadlocks.get(), "deadlocks between opposite-order batches");
            assertEquals(2L * ROUNDS * ids.size(), Jdbc.queryLong(database, "SELECT SUM(n) FROM " + table,
                    StatementBinder.NONE), "every update of every round applied");
        }
    }

    private static String link(Dialect dialect, String table) {
        switch (dialect) {
            case H2: return "MERGE INTO " + table + " (a, b) KEY (a, b) VALUES (?, ?)";
            case MYSQL: return "INSERT INTO " + table + " (a, b) VALUES (?, ?) ON DUPLICATE KEY UPDATE a = a";
            default: return "INSERT INTO " + table + " (a, b) VALUES (?, ?) ON CONFLICT DO NOTHING";
        }
    }

    @AllDatabases
    void idempotentInsertsNeverSurfaceAUniqueViolationFromARace(TestDatabase db) throws Exception {
        concurrentWritersOnly(db);
        try (Tables tables = db.tables()) {
            String table = tables.name("links");
            tables.execute("CREATE TABLE " + table + " (a INTEGER NOT NULL, b INTEGER NOT NULL, PRIMARY KEY (a, b))"
                    + db.tableOptions());
            Database database = db.database();
            String sql = link(db.dialect(), table);
            int writers = 6;
            AtomicInteger violations = new AtomicInteger();
            ExecutorService threads = Executors.newFixedThreadPool(writers);
            try {
                for (int round = 0; round < ROUNDS; round++) {
                    int a = round;
                    List<Integer> targets = List.of(3, 1, 4, 2, 5);
                    CyclicBarrier start = new CyclicBarrier(writers);
                    List<Future<?>> all = new ArrayList<>();
                    for (int w = 0; w < writers; w++) {
                        all.add(threads.submit(() -> {
                            start.await(10, TimeUnit.SECONDS);
                            try {
                                database.runInTransaction(() -> Jdbc.batchIdempotent(database, sql, targets,
                                        Comparator.naturalOrder(), (ps, b) -> {
                                            ps.setInt(1, a);
                                            ps.setInt(2, b);
                                        }));
                            } catch (UniqueViolationException e) {
                                violations.incrementAndGet();
                            }
                            return null;
                        }));
                    }
                    for (Future<?> f : all) {
                        f.get(60, TimeUnit.SECONDS);
                    }
                }
            } finally {
                threads.shutdownNow();
            }
            assertEquals(0, violations.get(), "unique violations surfaced from racing idempotent inserts");
            assertEquals(5L * ROUNDS, Jdbc.queryLong(database, "SELECT COUNT(*) FROM " + table, StatementBinder.NONE));
        }
    }

    @AllDatabases
    void aLockedRowMakesTheNextLockerWaitForTheCommit(TestDatabase db) throws Exception {
        concurrentWritersOnly(db);
        try (Tables tables = db.tables()) {
            String table = tables.name("owner");
            tables.execute("CREATE TABLE " + table + " (id INTEGER PRIMARY KEY)" + db.tableOptions(),
                    "INSERT INTO " + table + " (id) VALUES (1)");
            Database database = db.database();
            String lock = "SELECT id FROM " + table + " WHERE id = ? FOR UPDATE";
            assertThrows(IllegalStateException.class, () -> Jdbc.lockRows(database, lock, ps -> ps.setInt(1, 1)),
                    "outside a transaction a lock would end with its statement");
            CyclicBarrier firstLocked = new CyclicBarrier(2);
            AtomicLong firstCommitted = new AtomicLong();
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                Future<?> first = threads.submit(() -> {
                    database.runInTransaction(() -> {
                        assertEquals(1, Jdbc.lockRows(database, lock, ps -> ps.setInt(1, 1)));
                        try {
                            firstLocked.await(10, TimeUnit.SECONDS);
                            Thread.sleep(300);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                        firstCommitted.set(System.nanoTime()); // just before the commit
                    });
                    return null;
                });
                firstLocked.await(10, TimeUnit.SECONDS);
                long acquired = database.inTransaction(() -> {
                    Jdbc.lockRows(database, lock, ps -> ps.setInt(1, 1));
                    return System.nanoTime();
                });
                first.get(30, TimeUnit.SECONDS);
                assertTrue(acquired > firstCommitted.get(), "the second lock waited for the first transaction");
            } finally {
                threads.shutdownNow();
            }
        }
    }
}
