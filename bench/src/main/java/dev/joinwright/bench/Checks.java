package dev.joinwright.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The check every benchmark runs before measuring: the same three calls on hand-written JDBC and on
 * the library under test must give the same answers, and the statements the library executes for
 * one call are counted. Results are appended to the file named by {@code -Djw.checks} (default
 * {@code checks.csv}) for the report.
 */
public final class Checks {
    private static final int CALLS = 3;

    private Checks() {}

    public static void verify(Workload workload, BenchDatabase database, String library, DataSource pool) {
        try {
            long[] expected = new long[CALLS];
            try (Library reference = Libraries.create("jdbc", pool, database)) {
                for (int i = 0; i < CALLS; i++) {
                    expected[i] = workload.observe(pool, reference, i, workload.run(reference, i));
                }
            }
            if (!workload.isRead()) {
                database.reset(pool, workload.needsReviews()); // the library under test writes onto the same starting state
            }
            CountingDataSource counting = new CountingDataSource(pool);
            int statements = -1;
            try (Library lib = Libraries.create(library, counting.dataSource(), database)) {
                for (int i = 0; i < CALLS; i++) {
                    counting.reset();
                    long result = workload.run(lib, i);
                    if (i == 0) {
                        statements = counting.executions();
                    }
                    long actual = workload.observe(pool, lib, i, result);
                    if (actual != expected[i]) {
                        throw new IllegalStateException(library + " answers " + workload + " call " + i + " on "
                                + database + " with checksum " + actual + ", hand-written JDBC with " + expected[i]);
                    }
                }
            }
            if (!workload.isRead()) {
                database.reset(pool, workload.needsReviews());
            }
            record(workload + "," + database.name().toLowerCase(java.util.Locale.ROOT) + "," + library + ","
                    + expected[0] + "," + statements);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized void record(String line) {
        Path file = Path.of(System.getProperty("jw.checks", "checks.csv"));
        try {
            Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
