package dev.joinwright.bench.micronaut;

import io.micronaut.data.annotation.Join;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

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
    }

    @JdbcRepository(dialect = Dialect.H2)
    public interface H2Books extends Books {}

    @JdbcRepository(dialect = Dialect.H2)
    public interface H2Authors extends Authors {}

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface PgBooks extends Books {}

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface PgAuthors extends Authors {}
}
