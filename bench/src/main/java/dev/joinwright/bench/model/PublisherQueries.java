package dev.joinwright.bench.model;

import dev.joinwright.Queries;
import dev.joinwright.Query;
import java.util.List;

/** The publisher queries of {@code QueryBenchmark}, implemented by the generated {@code PublisherDao}. */
@Queries(Publisher.class)
public interface PublisherQueries {
    /** One row of {@link #stats}: each component from the label of its name. */
    record Stats(long id, String name, long books, long pages) {}

    /** {@code publisherStats}: a grouped {@code @Query} with a named parameter into a record projection. */
    @Query("SELECT p.id, p.name, COUNT(b.id) AS books, SUM(b.pages) AS pages FROM publisher p"
            + " JOIN book b ON b.publisher_id = p.id WHERE b.pages >= :minPages GROUP BY p.id, p.name ORDER BY p.id")
    List<Stats> stats(int minPages);
}
