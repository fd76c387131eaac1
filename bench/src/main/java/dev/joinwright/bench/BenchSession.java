package dev.joinwright.bench;

import com.zaxxer.hikari.HikariDataSource;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * What a benchmark trial holds: a fresh data set in the database, its pool, and the library under
 * test, opened after the library's answers were checked against hand-written JDBC.
 */
record BenchSession(HikariDataSource pool, Library library) implements AutoCloseable {

    static BenchSession open(String database, String library, BenchmarkParams params) {
        BenchDatabase db = BenchDatabase.of(database);
        String benchmark = params.getBenchmark();
        Workload workload = Workload.valueOf(benchmark.substring(benchmark.lastIndexOf('.') + 1));
        Libraries.notApplicable(library, workload).ifPresent(why -> {
            throw new IllegalStateException(library + " does not run " + workload + ": " + why
                    + " (bench/run.sh leaves such cells out; see dev.joinwright.bench.Plan)");
        });
        HikariDataSource pool = db.pool();
        db.reset(pool, workload.needsReviews());
        Checks.verify(workload, db, library, pool);
        return new BenchSession(pool, Libraries.create(library, pool, db));
    }

    @Override
    public void close() {
        library.close();
        pool.close();
    }
}
