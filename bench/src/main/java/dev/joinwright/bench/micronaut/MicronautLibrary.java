package dev.joinwright.bench.micronaut;

import dev.joinwright.bench.BenchDatabase;
import dev.joinwright.bench.Library;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.inject.qualifiers.Qualifiers;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Micronaut Data JDBC: an {@link ApplicationContext} holding the benchmark's pool as its
 * {@code default} data source, and the repositories generated at compile time for the database's
 * dialect. Each repository call takes a connection from the pool and returns it, outside any
 * transaction (autocommit), as Micronaut does by default.
 */
public final class MicronautLibrary implements Library {
    private static final Sort BY_ID = Sort.of(Sort.Order.asc("id"));

    private final ApplicationContext context;
    private final MRepositories.Books books;
    private final MRepositories.Authors authors;

    public MicronautLibrary(DataSource dataSource, BenchDatabase database) {
        // The data source's Micronaut Data configuration (datasources.default.*): its dialect, no schema generation.
        context = ApplicationContext.builder().deduceEnvironment(false).banner(false)
                .properties(java.util.Map.of("datasources.default.dialect", database == BenchDatabase.H2 ? "H2" : "POSTGRES",
                        "datasources.default.schema-generate", "NONE"))
                .build();
        context.registerSingleton(DataSource.class, dataSource, Qualifiers.byName("default"));
        context.start();
        boolean h2 = database == BenchDatabase.H2;
        books = h2 ? context.getBean(MRepositories.H2Books.class) : context.getBean(MRepositories.PgBooks.class);
        authors = h2 ? context.getBean(MRepositories.H2Authors.class) : context.getBean(MRepositories.PgAuthors.class);
    }

    private static Pageable page(int offset, int size) {
        return Pageable.from(offset / size, size, BY_ID);
    }

    @Override
    public long findBook(long id) {
        return books.findById(id).orElseThrow().own();
    }

    @Override
    public long bookPage(int offset) {
        long sum = 0;
        for (MBook b : books.findAll(page(offset, 100))) {
            sum += b.own();
        }
        return sum;
    }

    @Override
    public long booksWithAuthor(int offset) {
        long sum = 0;
        for (MBook b : books.queryAll(page(offset, 100))) {
            sum += b.withAuthor();
        }
        return sum;
    }

    @Override
    public long authorWithBooks(long authorId) {
        return authors.findById(authorId).orElseThrow().withBooks();
    }

    @Override
    public long authorsWithBooks(int offset) {
        long sum = 0;
        for (MAuthor a : authors.findAll(page(offset, 100))) {
            sum += a.withBooks();
        }
        return sum;
    }

    @Override
    public long booksWithTags(int offset) {
        long sum = 0;
        for (MBook b : books.searchAll(page(offset, 100))) {
            sum += b.withTags();
        }
        return sum;
    }

    @Override
    public long authorsBooksTags(int offset) {
        long sum = 0;
        for (MAuthor a : authors.queryAll(page(offset, 20))) {
            sum += a.withBooksAndTags();
        }
        return sum;
    }

    @Override
    public long insertAuthor(String name, String country, int born) {
        return authors.save(MAuthor.of(name, country, born)).getId();
    }

    @Override
    public int insertAuthors(String prefix, int count) {
        List<MAuthor> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(MAuthor.of(prefix + i, "Batchland", 1950 + i % 50));
        }
        long keys = 0;
        List<MAuthor> saved = authors.saveAll(rows);
        for (MAuthor a : saved) {
            keys += a.getId();
        }
        return keys > 0 ? saved.size() : 0;
    }

    @Override
    public int updateBook(long id, String title, int pages, long authorId, long publisherId) {
        books.update(MBook.of(id, title, pages, authorId, publisherId));
        return 1;
    }

    @Override
    public void close() {
        context.close();
    }
}
