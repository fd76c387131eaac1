package dev.joinwright.bench.model;

import dev.joinwright.Queries;
import java.util.List;

/** The author queries of {@code QueryBenchmark}, implemented by the generated {@code AuthorDao}. */
@Queries(Author.class)
public interface AuthorQueries {
    /**
     * {@code authorsWithBookTagged}: a path through two to-many hops (author → books → book_tag → tag),
     * each author once, by id.
     */
    List<AuthorRecord> findByBooksTagsName(String name);
}
