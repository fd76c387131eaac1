package dev.joinwright.bench.investigate;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.joinwright.bench.BenchDatabase;
import dev.joinwright.bench.Libraries;
import dev.joinwright.bench.Library;
import dev.joinwright.bench.Workload;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What the PostgreSQL server executes for each library's {@code findById}: every library runs the
 * workload on its own pool whose sessions log each statement ({@code -c log_min_duration_statement=0}
 * passed as pgjdbc's {@code options}, for these sessions only), and the server log lines it wrote are
 * printed: {@code execute S_n} is a server-side prepared statement, {@code execute <unnamed>} a
 * statement parsed and planned on every call; {@code BEGIN}/{@code COMMIT}/{@code SET} show extra
 * round trips.
 *
 * <p>Usage: {@code StatementLog <server log file> [libraries] [workload] [calls]}
 */
public final class StatementLog {
    private StatementLog() {}

    public static void main(String[] args) throws Exception {
        Path log = Path.of(args[0]);
        List<String> libraries = args.length > 1 ? List.of(args[1].split(",")) : Libraries.NAMES;
        Workload workload = args.length > 2 ? Workload.valueOf(args[2]) : Workload.findById;
        int calls = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        BenchDatabase db = BenchDatabase.POSTGRESQL;
        try (HikariDataSource setup = db.pool()) {
            db.reset(setup);
        }
        for (String name : libraries) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(db.url() + "&options=-c%20log_min_duration_statement=0");
            config.setUsername("postgres");
            config.setPassword("");
            config.setMaximumPoolSize(4);
            config.setMinimumIdle(2);
            try (HikariDataSource pool = new HikariDataSource(config); Library lib = Libraries.create(name, pool, db)) {
                for (int i = 0; i < 20; i++) { // past pgjdbc's prepareThreshold (5)
                    workload.run(lib, i);
                }
                Thread.sleep(200);
                long from = Files.size(log);
                for (int i = 0; i < calls; i++) {
                    workload.run(lib, 20 + i);
                }
                Thread.sleep(300);
                byte[] bytes = Files.readAllBytes(log);
                String written = new String(bytes, (int) from, bytes.length - (int) from);
                System.out.println("=== " + name + ": " + calls + " calls of " + workload);
                written.lines().filter(l -> l.contains("LOG:") || l.contains("DETAIL:"))
                        .map(l -> l.replaceFirst("^.*?(LOG|DETAIL):\\s+", "$1: ").replaceFirst("duration: [0-9.]+ ms\\s+", ""))
                        .limit(calls * 6L).forEach(l -> System.out.println("  " + l));
            }
        }
    }
}
