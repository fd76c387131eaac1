package dev.joinwright.bench.investigate;

import com.zaxxer.hikari.HikariDataSource;
import dev.joinwright.Database;
import dev.joinwright.bench.BenchDatabase;
import dev.joinwright.bench.Checksum;
import dev.joinwright.bench.DataSet;
import dev.joinwright.bench.Libraries;
import dev.joinwright.bench.Library;
import dev.joinwright.bench.Workload;
import dev.joinwright.bench.model.ReviewDao;
import dev.joinwright.bench.model.ReviewRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where Joinwright's query paths lose to hand-written JDBC (issue 13): one JVM, each variant measured
 * in interleaved rounds (A B C … A B C …), median and fastest round in µs per call. For
 * {@code stream100k}, hand-written JDBC changed one factor at a time towards what Joinwright's
 * {@code streamAll()} does (autocommit on, a statement per call, a record per row, a {@code Stream});
 * for {@code authorsWithBookTagged}, the correlated {@code EXISTS} Joinwright derives against the key
 * {@code IN} the hand-written SQL uses; for {@code booksOfPublisherByTitle}, the order with and without the
 * key Joinwright appends, on a held and on a pooled connection.
 *
 * <p>Usage: {@code QueryPathVariants [h2|postgresql] [rounds, default 9] [calls per round, default 20] [regex]}:
 * only the variants whose name contains a match of the regex, so that one JVM can run one library alone (as a JMH
 * fork does, with JIT profiles that no other variant pollutes).
 */
public final class QueryPathVariants {
    private static final String REVIEWS = "SELECT id, book_id, stars, body FROM review ORDER BY id";
    private static final String TAGGED_IN = "SELECT a.id, a.name, a.country, a.born FROM author a WHERE a.id IN"
            + " (SELECT b.author_id FROM book b JOIN book_tag bt ON bt.book_id = b.id JOIN tag t ON t.id = bt.tag_id"
            + " WHERE t.name = ?) ORDER BY a.id";
    private static final String TAGGED_EXISTS = "SELECT x.id, x.name, x.country, x.born FROM author x WHERE EXISTS"
            + " (SELECT 1 FROM book s1 JOIN book_tag s2a ON s2a.book_id = s1.id JOIN tag s2 ON s2.id = s2a.tag_id"
            + " WHERE s1.author_id = x.id AND s2.name = ?) ORDER BY x.id";

    private static final String BY_TITLE = "SELECT b.id, b.title, b.pages, b.author_id, b.publisher_id FROM book b"
            + " WHERE b.publisher_id = ? ORDER BY b.title LIMIT ? OFFSET ?";
    private static final String BY_TITLE_ID = "SELECT x.id, x.title, x.pages, x.author_id, x.publisher_id FROM book x"
            + " WHERE x.publisher_id = ? ORDER BY x.title, x.id LIMIT ? OFFSET ?";

    interface Call {
        long run(int i) throws SQLException;
    }

    private QueryPathVariants() {}

    public static void main(String[] args) throws Exception {
        BenchDatabase db = BenchDatabase.of(args.length > 0 ? args[0] : "h2");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 9;
        int calls = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        List<AutoCloseable> open = new ArrayList<>();
        HikariDataSource pool = db.pool();
        open.add(pool);
        db.reset(pool, true);
        Map<String, Call> variants = new LinkedHashMap<>();
        // One of each library (hand JDBC holds a connection of the pool of 4), used by every workload.
        Map<String, Library> libraries = new LinkedHashMap<>();
        for (String name : List.of("jdbc", "joinwright")) {
            Library lib = Libraries.create(name, pool, db);
            open.add(lib);
            libraries.put(name, lib);
            variants.put("stream100k: library " + name, i -> Workload.stream100k.run(lib, i));
        }
        Connection held = pool.getConnection();
        open.add(held);
        PreparedStatement reused = cursor(held);
        Database jw = Database.of(pool);
        var codecs = jw.codecs();
        variants.put("stream100k: jdbc, autocommit off (as library jdbc)", i -> inTransaction(held, () -> sum(reused)));
        variants.put("stream100k: jdbc, autocommit on", i -> sum(reused));
        variants.put("stream100k: jdbc, autocommit on, statement per call", i -> {
            try (PreparedStatement ps = cursor(held)) {
                return sum(ps);
            }
        });
        variants.put("stream100k: jdbc, autocommit on, a ReviewRecord per row", i -> {
            long sum = 0;
            try (ResultSet rs = reused.executeQuery()) {
                while (rs.next()) {
                    ReviewRecord r = ReviewDao.readRow(rs, 1, codecs);
                    sum += Checksum.review(r.id(), r.bookId(), r.stars(), r.body());
                }
            }
            return sum;
        });
        variants.put("stream100k: db.stream(sql, positional ReviewDao.readRow)", i -> {
            try (Stream<ReviewRecord> s = jw.stream(REVIEWS, ps -> { }, rs -> ReviewDao.readRow(rs, 1, codecs))) {
                return s.mapToLong(r -> Checksum.review(r.id(), r.bookId(), r.stars(), r.body())).sum();
            }
        });
        PreparedStatement in = held.prepareStatement(TAGGED_IN);
        PreparedStatement exists = held.prepareStatement(TAGGED_EXISTS);
        for (Map.Entry<String, Library> l : libraries.entrySet()) {
            Library lib = l.getValue();
            variants.put("authorsWithBookTagged: library " + l.getKey(), i -> Workload.authorsWithBookTagged.run(lib, i));
        }
        variants.put("authorsWithBookTagged: jdbc, key IN (subquery)", i -> authors(in, i));
        variants.put("authorsWithBookTagged: jdbc, correlated EXISTS (Joinwright's SQL)", i -> authors(exists, i));
        if (args.length > 3) {
            java.util.regex.Pattern only = java.util.regex.Pattern.compile(args[3]);
            variants.keySet().removeIf(name -> !only.matcher(name).find());
        }
        for (Map.Entry<String, Library> l : libraries.entrySet()) {
            Library lib = l.getValue();
            variants.put("booksOfPublisherByTitle: library " + l.getKey(), i -> Workload.booksOfPublisherByTitle.run(lib, i));
        }
        PreparedStatement byTitle = held.prepareStatement(BY_TITLE);
        PreparedStatement byTitleId = held.prepareStatement(BY_TITLE_ID);
        variants.put("booksOfPublisherByTitle: jdbc, ORDER BY b.title", i -> books(byTitle, i));
        variants.put("booksOfPublisherByTitle: jdbc, ORDER BY x.title, x.id (Joinwright's SQL)", i -> books(byTitleId, i));
        variants.put("booksOfPublisherByTitle: jdbc, Joinwright's SQL, pooled connection + statement per call", i -> {
            try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(BY_TITLE_ID)) {
                return books(ps, i);
            }
        });
        variants.put("booksOfPublisherByTitle: jdbc, Joinwright's SQL, pooled + statement per call, OFFSET setLong", i -> {
            try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(BY_TITLE_ID)) {
                ps.setLong(1, i % DataSet.PUBLISHERS + 1);
                ps.setInt(2, DataSet.PUBLISHER_PAGE);
                ps.setLong(3, (long) (i / DataSet.PUBLISHERS % 5) * DataSet.PUBLISHER_PAGE);
                return books(ps);
            }
        });
        Map<String, double[]> times = new LinkedHashMap<>();
        for (String name : variants.keySet()) {
            times.put(name, new double[rounds]);
        }
        for (int r = -2; r < rounds; r++) {
            for (Map.Entry<String, Call> v : variants.entrySet()) {
                long start = System.nanoTime();
                long sink = 0;
                for (int i = 0; i < calls; i++) {
                    sink += v.getValue().run((r + 2) * calls + i);
                }
                double micros = (System.nanoTime() - start) / 1000.0 / calls;
                if (sink == 42) {
                    System.out.print("");
                }
                if (r >= 0) {
                    times.get(v.getKey())[r] = micros;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%-75s %10s %10s%n", "variant (" + db + ")", "median µs", "best µs");
        for (Map.Entry<String, double[]> e : times.entrySet()) {
            double[] t = e.getValue().clone();
            Arrays.sort(t);
            System.out.printf(Locale.ROOT, "%-75s %10.1f %10.1f%n", e.getKey(), t[t.length / 2], t[0]);
        }
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    private static PreparedStatement cursor(Connection c) throws SQLException {
        PreparedStatement ps = c.prepareStatement(REVIEWS, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        ps.setFetchSize(1000);
        return ps;
    }

    private static long sum(PreparedStatement ps) throws SQLException {
        long sum = 0;
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                sum += Checksum.review(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4));
            }
        }
        return sum;
    }

    private static long books(PreparedStatement ps, int i) throws SQLException {
        ps.setLong(1, i % DataSet.PUBLISHERS + 1);
        ps.setInt(2, DataSet.PUBLISHER_PAGE);
        ps.setInt(3, i / DataSet.PUBLISHERS % 5 * DataSet.PUBLISHER_PAGE);
        return books(ps);
    }

    private static long books(PreparedStatement ps) throws SQLException {
        long sum = 0;
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                sum += Checksum.book(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getLong(4), rs.getLong(5));
            }
        }
        return sum;
    }

    private static long authors(PreparedStatement ps, int i) throws SQLException {
        ps.setString(1, DataSet.TAG_NAMES[i % DataSet.TAGS]);
        long sum = 0;
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                sum += Checksum.author(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4));
            }
        }
        return sum;
    }

    interface Body {
        long run() throws SQLException;
    }

    private static long inTransaction(Connection c, Body body) throws SQLException {
        c.setAutoCommit(false);
        try {
            return body.run();
        } finally {
            c.commit();
            c.setAutoCommit(true);
        }
    }
}
