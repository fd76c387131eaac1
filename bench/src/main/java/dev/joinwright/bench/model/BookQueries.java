package dev.joinwright.bench.model;

import dev.joinwright.Page;
import dev.joinwright.Queries;
import java.util.List;

/** The book queries of {@code QueryBenchmark}, implemented by the generated {@code BookDao}. */
@Queries(Book.class)
public interface BookQueries {
    /** {@code booksOfPublisherByTitle}: a predicate, an order (then the key) and a page. */
    List<BookRecord> findByPublisherIdOrderByTitle(long publisherId, Page page);

    /** {@code countByPublisher}. */
    long countByPublisherId(long publisherId);
}
