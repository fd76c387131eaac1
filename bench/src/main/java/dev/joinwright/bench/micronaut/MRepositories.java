package dev.joinwright.bench.micronaut;

import io.micronaut.data.annotation.Join;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Micronaut Data repositories: derived queries compiled to SQL by Micronaut's annotation
 * processor, once per dialect ({@code @JdbcRepository(dialect = …)} on each database's
 * sub-interface), every graph one statement with {@code @Join} (a page of a to-many join: Micronaut
 * pages the roots' keys in a subquery).
 */
public final class MRepositories {
    private MRepositories() {}

    public interface Books extends GenericRepository<MBook, Long> {
        Optional<MBook> findById(long id);

        List<MBook> findAll(Pageable pageable);

        @Join("author")
        List<MBook> queryAll(Pageable pageable);

        @Join(value = "tags", type = Join.Type.LEFT_FETCH)
        List<MBook> searchAll(Pageable pageable);

        MBook update(MBook book);

        List<MBook> findByPublisherIdOrderByTitle(long publisherId, Pageable pageable);

        long countByPublisherId(long publisherId);

        @Query("SELECT p.id AS id, p.name AS name, COUNT(b.id) AS books, SUM(b.pages) AS pages FROM publisher p"
                + " JOIN book b ON b.publisher_id = p.id WHERE b.pages >= :minPages GROUP BY p.id, p.name ORDER BY p.id")
        List<MPublisherStats> publisherStats(int minPages);
    }

    public interface Reviews extends GenericRepository<MReview, Long> {
        /** Consumed inside a transaction and closed (Micronaut Data's rule for {@code Stream} results). */
        Stream<MReview> queryOrderById();
    }

    public interface Authors extends GenericRepository<MAuthor, Long> {
        @Join(value = "books", type = Join.Type.LEFT_FETCH)
        Optional<MAuthor> findById(long id);

        @Join(value = "books", type = Join.Type.LEFT_FETCH)
        List<MAuthor> findAll(Pageable pageable);

        @Join(value = "books", type = Join.Type.LEFT_FETCH)
        @Join(value = "books.tags", type = Join.Type.LEFT_FETCH)
        List<MAuthor> queryAll(Pageable pageable);

        MAuthor save(MAuthor author);

        List<MAuthor> saveAll(Iterable<MAuthor> authors);

        List<MAuthor> findDistinctByBooksTagsNameOrderById(String tagName);
    }

    @JdbcRepository(dialect = Dialect.H2)
    public interface H2Books extends Books {}

    @JdbcRepository(dialect = Dialect.H2)
    public interface H2Authors extends Authors {}

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface PgBooks extends Books {}

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface PgAuthors extends Authors {}

    @JdbcRepository(dialect = Dialect.H2)
    public interface H2Reviews extends Reviews {}

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface PgReviews extends Reviews {}
}
