package dev.joinwright.bench.investigate;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.joinwright.bench.BenchDatabase;
import dev.joinwright.bench.Checksum;
import dev.joinwright.bench.Libraries;
import dev.joinwright.bench.Library;
import dev.joinwright.bench.Workload;
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

/**
 * The PostgreSQL {@code findById} investigation (issue 13): one JVM, every variant measured in
 * interleaved rounds (A B C … A B C …) so that a busy machine's drift hits them alike; the median
 * and the fastest round per variant, in µs per call. Variants: the benchmark's libraries as they are,
 * and hand-written JDBC with each connection/statement handling and pgjdbc setting in question.
 *
 * <p>Two probes of the machine itself: a 1-byte TCP ping-pong over loopback between two threads
 * (the floor of any client/server round trip here), and every variant once more with a third thread
 * spinning on a core ("spinner"), which keeps the vCPUs from halting between round trips. On a
 * virtual machine whose idle vCPUs halt (cpuidle {@code haltpoll} with
 * {@code guest_halt_poll_ns=0}, as here), each round trip that finds the other side's vCPU halted
 * pays a wake-up; the spinner removes most of that cost, so the difference between the two columns
 * is the machine's, not the library's.
 *
 * <p>Usage: {@code FindByIdRoundTrips [rounds, default 15] [calls per round, default 2000]}
 */
public final class FindByIdRoundTrips {
    private static final String SQL = "SELECT b.id, b.title, b.pages, b.author_id, b.publisher_id FROM book b WHERE b.id = ?";

    interface Call {
        long run(int i) throws SQLException;
    }

    private FindByIdRoundTrips() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        BenchDatabase db = BenchDatabase.POSTGRESQL;
        List<AutoCloseable> open = new ArrayList<>();
        HikariDataSource pool = db.pool();
        open.add(pool);
        db.reset(pool);
        Map<String, Call> variants = new LinkedHashMap<>();
        for (String name : List.of("jdbc", "joinwright", "hibernate", "hibernate-lazy", "jooq", "micronaut-data",
                "spring-data")) {
            Library lib = Libraries.create(name, pool, db);
            open.add(lib);
            variants.put("library " + name, i -> Workload.findById.run(lib, i));
        }
        for (String options : List.of("", "prepareThreshold=0", "prepareThreshold=1", "prepareThreshold=-1",
                "binaryTransfer=false")) {
            HikariDataSource p = pool(db, options);
            open.add(p);
            Connection held = p.getConnection();
            PreparedStatement reused = held.prepareStatement(SQL);
            String suffix = options.isEmpty() ? "" : " [" + options + "]";
            variants.put("held connection, one statement reused" + suffix, i -> read(reused, i));
            if (options.isEmpty() || options.equals("prepareThreshold=0")) {
                variants.put("held connection, statement per call" + suffix, i -> {
                    try (PreparedStatement ps = held.prepareStatement(SQL)) {
                        return read(ps, i);
                    }
                });
                variants.put("pooled connection + statement per call" + suffix, i -> {
                    try (Connection c = p.getConnection(); PreparedStatement ps = c.prepareStatement(SQL)) {
                        return read(ps, i);
                    }
                });
            }
        }
        variants.put("probe: loopback TCP ping-pong, 1 byte", pingPong(open));
        Map<String, double[]> times = new LinkedHashMap<>();
        for (String name : variants.keySet()) {
            times.put(name, new double[rounds]);
            times.put(name + " +spinner", new double[rounds]);
        }
        Spinner spinner = new Spinner();
        // Warm-up: two rounds not recorded.
        for (int r = -2; r < rounds; r++) {
            for (Map.Entry<String, Call> v : variants.entrySet()) {
              for (boolean spin : new boolean[] {false, true}) {
                spinner.set(spin);
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
                    times.get(v.getKey() + (spin ? " +spinner" : ""))[r] = micros;
                }
              }
            }
        }
        spinner.set(false);
        spinner.finish();
        System.out.printf(Locale.ROOT, "%-75s %10s %10s%n", "variant (PostgreSQL findById)", "median µs", "best µs");
        for (Map.Entry<String, double[]> e : times.entrySet()) {
            double[] t = e.getValue().clone();
            Arrays.sort(t);
            System.out.printf(Locale.ROOT, "%-75s %10.1f %10.1f%n", e.getKey(), t[t.length / 2], t[0]);
        }
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    /** A thread that spins while on, so that one vCPU never halts. */
    private static final class Spinner extends Thread {
        private volatile boolean on;
        private volatile boolean stop;

        Spinner() {
            setDaemon(true);
            start();
        }

        void set(boolean on) {
            this.on = on;
        }

        void finish() {
            stop = true;
        }

        @Override
        public void run() {
            long x = 0;
            while (!stop) {
                if (on) {
                    x += System.nanoTime() & 1;
                } else {
                    java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
                }
            }
            if (x == 42) {
                System.out.print("");
            }
        }
    }

    /** A 1-byte echo over a loopback TCP connection (TCP_NODELAY), between two threads. */
    private static Call pingPong(List<AutoCloseable> open) throws java.io.IOException {
        java.net.ServerSocket server = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
        java.net.Socket client = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), server.getLocalPort());
        java.net.Socket accepted = server.accept();
        client.setTcpNoDelay(true);
        accepted.setTcpNoDelay(true);
        open.add(server);
        open.add(client);
        open.add(accepted);
        Thread echo = new Thread(() -> {
            try {
                java.io.InputStream in = accepted.getInputStream();
                java.io.OutputStream out = accepted.getOutputStream();
                int b;
                while ((b = in.read()) >= 0) {
                    out.write(b);
                }
            } catch (java.io.IOException e) {
                // closed
            }
        });
        echo.setDaemon(true);
        echo.start();
        java.io.InputStream in = client.getInputStream();
        java.io.OutputStream out = client.getOutputStream();
        return i -> {
            try {
                out.write(i & 0x7f);
                return in.read();
            } catch (java.io.IOException e) {
                throw new SQLException(e);
            }
        };
    }

    private static long read(PreparedStatement ps, int i) throws SQLException {
        ps.setLong(1, i % 5000 + 1);
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return Checksum.book(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getLong(4), rs.getLong(5));
        }
    }

    private static HikariDataSource pool(BenchDatabase db, String options) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(db.url() + (options.isEmpty() ? "" : "&" + options));
        config.setUsername("postgres");
        config.setPassword("");
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(2);
        return new HikariDataSource(config);
    }
}
