package dev.joinwright.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs only the set-up checks (checksums against hand-written JDBC, statements per call) of every
 * workload for the given libraries and databases, without measuring: a smoke test of a new peer or
 * workload that takes seconds instead of a JMH run.
 *
 * <p>Usage: {@code CheckAll [libraries, comma-separated] [databases] [workloads]} (defaults: all).
 */
public final class CheckAll {
    private CheckAll() {}

    public static void main(String[] args) {
        List<String> libraries = args.length > 0 ? List.of(args[0].split(",")) : Libraries.NAMES;
        List<String> databases = args.length > 1 ? List.of(args[1].split(",")) : List.of("h2", "postgresql");
        List<Workload> workloads = new ArrayList<>();
        for (String w : args.length > 2 ? args[2].split(",") : new String[0]) {
            workloads.add(Workload.valueOf(w));
        }
        if (workloads.isEmpty()) {
            workloads.addAll(List.of(Workload.values()));
        }
        // Reads first: a write's check resets the data set without the reviews.
        workloads.sort(java.util.Comparator.comparing(w -> !w.isRead()));
        int failures = 0;
        for (String database : databases) {
            BenchDatabase db = BenchDatabase.of(database);
            try (HikariDataSource pool = db.pool()) {
                db.reset(pool, workloads.stream().anyMatch(Workload::needsReviews));
                for (Workload w : workloads) {
                    for (String library : libraries) {
                        java.util.Optional<String> na = Libraries.notApplicable(library, w);
                        if (na.isPresent()) {
                            System.out.println("[check] n/a  " + database + " " + w + " " + library + ": " + na.get());
                            continue;
                        }
                        try {
                            Checks.verify(w, db, library, pool);
                            System.out.println("[check] ok   " + database + " " + w + " " + library);
                        } catch (RuntimeException e) {
                            failures++;
                            System.out.println("[check] FAIL " + database + " " + w + " " + library + ": " + e);
                            for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
                                System.out.println("[check]      caused by " + c);
                            }
                            if (!w.isRead()) {
                                db.reset(pool, workloads.stream().anyMatch(Workload::needsReviews));
                            }
                        }
                    }
                }
            }
        }
        System.out.println("[check] " + failures + " failed");
        System.exit(failures == 0 ? 0 : 1);
    }
}
