package dev.joinwright.bench.investigate;

import com.zaxxer.hikari.HikariDataSource;
import dev.joinwright.bench.BenchDatabase;
import dev.joinwright.bench.Library;
import dev.joinwright.bench.Libraries;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where the bytes of a single-row UPDATE on PostgreSQL go (issue 13: Joinwright's {@code updateById}
 * allocates 4.4× hand JDBC's bytes). Bytes allocated per call by the calling thread
 * ({@code com.sun.management.ThreadMXBean#getThreadAllocatedBytes}), after a warm-up, for hand-written
 * variants that add one thing at a time on the way to what a generated {@code update} does, and for
 * the benchmark's two libraries themselves:
 * <ol>
 *   <li>a statement prepared once on a held connection, {@code executeUpdate} (the benchmark's JDBC);
 *   <li>prepared per call on the held connection;
 *   <li>prepared per call with the column names ({@code prepareStatement(sql, columns)}, pgjdbc adds
 *       {@code RETURNING}) and the stored row read from the generated keys;
 *   <li>the same with the {@code RETURNING} written into the SQL, read with {@code executeQuery};
 *   <li>variant 3 on a connection borrowed from the pool per call.
 * </ol>
 *
 * <p>Usage: {@code UpdateAllocation [calls, default 20000]}
 */
public final class UpdateAllocation {
    private static final String UPDATE = "UPDATE book SET title = ?, pages = ?, author_id = ?, publisher_id = ? WHERE id = ?";
    private static final String[] COLUMNS = {"id", "title", "pages", "author_id", "publisher_id"};
    private static final String RETURNING = UPDATE + " RETURNING id, title, pages, author_id, publisher_id";

    interface Call {
        long run(int i) throws SQLException;
    }

    private UpdateAllocation() {}

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        BenchDatabase db = BenchDatabase.POSTGRESQL;
        List<AutoCloseable> open = new ArrayList<>();
        try (HikariDataSource pool = db.pool(); Connection held = pool.getConnection()) {
            try {
                db.reset(pool);
                held.setAutoCommit(true);
                PreparedStatement once = held.prepareStatement(UPDATE);
                Map<String, Call> variants = new LinkedHashMap<>();
                variants.put("1 prepared once, executeUpdate", i -> {
                    bind(once, i);
                    return once.executeUpdate();
                });
                variants.put("2 prepared per call", i -> {
                    try (PreparedStatement ps = held.prepareStatement(UPDATE)) {
                        bind(ps, i);
                        return ps.executeUpdate();
                    }
                });
                variants.put("3 per call, columns, row read", i -> generatedColumns(held, i));
                variants.put("4 per call, RETURNING in the SQL, row read", i -> {
                    try (PreparedStatement ps = held.prepareStatement(RETURNING)) {
                        bind(ps, i);
                        try (ResultSet rs = ps.executeQuery()) {
                            return rs.next() ? read(rs) : 0;
                        }
                    }
                });
                variants.put("5 variant 3, pool borrow per call", i -> {
                    try (Connection c = pool.getConnection()) {
                        return generatedColumns(c, i);
                    }
                });
                for (String name : new String[] {"jdbc", "joinwright"}) {
                    Library lib = Libraries.create(name, pool, db);
                    open.add(lib);
                    variants.put("library " + name, i -> lib.updateBook(1 + i % 100, "Title " + (i % 7), 100 + i % 5,
                            1 + i % 10, 1 + i % 5));
                }
                com.sun.management.ThreadMXBean threads =
                        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
                System.out.println("| variant | bytes per call |\n|---|---|");
                for (Map.Entry<String, Call> variant : variants.entrySet()) {
                    long sink = 0;
                    for (int i = 0; i < calls; i++) { // warm-up: JIT, statement caches, pool
                        sink += variant.getValue().run(i);
                    }
                    long before = threads.getCurrentThreadAllocatedBytes();
                    for (int i = 0; i < calls; i++) {
                        sink += variant.getValue().run(i);
                    }
                    long bytes = threads.getCurrentThreadAllocatedBytes() - before;
                    System.out.printf(Locale.ROOT, "| %s | %,d |%n", variant.getKey(), bytes / calls);
                    if (sink == 42) {
                        System.out.println(); // keeps the calls' results alive
                    }
                }
                once.close();
            } finally { // the libraries before their pool
                for (AutoCloseable resource : open) {
                    resource.close();
                }
            }
        }
    }

    private static long generatedColumns(Connection connection, int i) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(UPDATE, COLUMNS)) {
            bind(ps, i);
            if (ps.executeUpdate() == 0) {
                return 0;
            }
            try (ResultSet rs = ps.getGeneratedKeys()) {
                return rs.next() ? read(rs) : 0;
            }
        }
    }

    private static void bind(PreparedStatement ps, int i) throws SQLException {
        ps.setString(1, "Title " + (i % 7));
        ps.setInt(2, 100 + i % 5);
        ps.setLong(3, 1 + i % 10);
        ps.setLong(4, 1 + i % 5);
        ps.setLong(5, 1 + i % 100);
    }

    private static long read(ResultSet rs) throws SQLException {
        return rs.getLong(1) + rs.getString(2).length() + rs.getInt(3) + rs.getLong(4) + rs.getLong(5);
    }
}
