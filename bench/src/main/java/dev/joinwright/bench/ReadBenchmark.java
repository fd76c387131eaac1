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

/** The read workloads: every library on every database; the method name is the {@link Workload}. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReadBenchmark {
    @Param({"h2", "postgresql"})
    public String database;

    @Param({"jdbc", "joinwright", "hibernate", "hibernate-lazy", "hibernate-batch", "jooq", "jdbi", "micronaut-data",
            "spring-data"})
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
    public long findById() {
        return Workload.findById.run(lib, i++);
    }

    @Benchmark
    public long page100() {
        return Workload.page100.run(lib, i++);
    }

    @Benchmark
    public long booksWithAuthor() {
        return Workload.booksWithAuthor.run(lib, i++);
    }

    @Benchmark
    public long authorWithBooks() {
        return Workload.authorWithBooks.run(lib, i++);
    }

    @Benchmark
    public long authorsWithBooks() {
        return Workload.authorsWithBooks.run(lib, i++);
    }

    @Benchmark
    public long booksWithTags() {
        return Workload.booksWithTags.run(lib, i++);
    }

    @Benchmark
    public long authorsBooksTags() {
        return Workload.authorsBooksTags.run(lib, i++);
    }
}
