package dev.joinwright.bench.micronaut;

import dev.joinwright.bench.BenchDatabase;
import dev.joinwright.bench.Library;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.transaction.TransactionOperations;
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
    private final MRepositories.Reviews reviews;
    private final TransactionOperations<?> transactions;

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
        reviews = h2 ? context.getBean(MRepositories.H2Reviews.class) : context.getBean(MRepositories.PgReviews.class);
        transactions = context.getBean(TransactionOperations.class);
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
    public long booksOfPublisherByTitle(long publisherId, int page) {
        long sum = 0;
        for (MBook b : books.findByPublisherIdOrderByTitle(publisherId,
                Pageable.from(page, dev.joinwright.bench.DataSet.PUBLISHER_PAGE))) {
            sum += b.own();
        }
        return sum;
    }

    @Override
    public long authorsWithBookTagged(String tagName) {
        long sum = 0;
        for (MAuthor a : authors.findDistinctByBooksTagsNameOrderById(tagName)) {
            sum += a.own();
        }
        return sum;
    }

    @Override
    public long countBooksOfPublisher(long publisherId) {
        return books.countByPublisherId(publisherId);
    }

    @Override
    public long publisherStats(int minPages) {
        long sum = 0;
        for (MPublisherStats p : books.publisherStats(minPages)) {
            sum += dev.joinwright.bench.Checksum.stats(p.id(), p.name(), p.books(), p.pages());
        }
        return sum;
    }

    /** The repository's {@code Stream}, inside a read-only transaction, closed after use. */
    @Override
    public long streamReviews() {
        return transactions.executeRead(status -> {
            try (java.util.stream.Stream<MReview> rows = reviews.queryOrderById()) {
                return rows.mapToLong(MReview::own).sum();
            }
        });
    }

    @Override
    public void close() {
        context.close();
    }
}
