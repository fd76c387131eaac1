package dev.joinwright.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

/** The write workloads (Hibernate once: its lazy and batch-fetch variants write the same way); the method name is the {@link Workload}. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class WriteBenchmark {
    @Param({"h2", "postgresql"})
    public String database;

    @Param({"jdbc", "joinwright", "hibernate", "jooq", "jdbi", "micronaut-data", "spring-data"})
    public String library;

    private BenchSession session;
    private Library lib;
    private int i;

    @Setup
    public void setUp(BenchmarkParams params) {
        session = BenchSession.open(database, library, params);
        lib = session.library();
    }

    /**
     * Between iterations (not measured): the authors inserted so far are deleted, so that the table a
     * fast library writes into does not grow larger than a slow one's (1,000 rows per batch).
     */
    @TearDown(Level.Iteration)
    public void deleteInserted() throws java.sql.SQLException {
        try (java.sql.Connection c = session.pool().getConnection(); java.sql.Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM author WHERE id > " + DataSet.AUTHORS);
        }
    }

    @TearDown
    public void tearDown() {
        session.close();
    }

    @Benchmark
    public long insert() {
        return Workload.insert.run(lib, i++);
    }

    @Benchmark
    public long batchInsert1000() {
        return Workload.batchInsert1000.run(lib, i++);
    }

    @Benchmark
    public long updateById() {
        return Workload.updateById.run(lib, i++);
    }
}
