package dev.joinwright.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The query paths of issue 10; the method name is the {@link Workload}. Not every library runs every
 * workload ({@link Libraries#notApplicable}): {@code bench/run.sh} runs this class once per library with
 * only its workloads ({@link Plan}), so JMH never meets an empty cell.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class QueryBenchmark {
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

    @TearDown
    public void tearDown() {
        session.close();
    }

    @Benchmark
    public long booksOfPublisherByTitle() {
        return Workload.booksOfPublisherByTitle.run(lib, i++);
    }

    @Benchmark
    public long authorsWithBookTagged() {
        return Workload.authorsWithBookTagged.run(lib, i++);
    }

    @Benchmark
    public long countByPublisher() {
        return Workload.countByPublisher.run(lib, i++);
    }

    @Benchmark
    public long publisherStats() {
        return Workload.publisherStats.run(lib, i++);
    }

    @Benchmark
    public long stream100k() {
        return Workload.stream100k.run(lib, i++);
    }
}
