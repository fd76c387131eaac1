package dev.joinwright.bench.spring;

import dev.joinwright.bench.BenchDatabase;
import dev.joinwright.bench.Checksum;
import dev.joinwright.bench.Library;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Spring Data JDBC 4.1: one aggregate per table, references between aggregates by key, as its
 * reference documentation models them; graphs by loading the referenced aggregates with one derived
 * finder per level ({@code findAllById}, {@code findByAuthorIdIn}); the repositories' own
 * transactions (Spring Data JDBC's CRUD methods are {@code @Transactional}, reads read-only).
 */
public final class SpringDataLibrary implements Library {
    private static final Sort BY_ID = Sort.by("id");

    private final AnnotationConfigApplicationContext context;
    private final SRepositories.Books books;
    private final SRepositories.Authors authors;
    private final SRepositories.Tags tags;
    private final SRepositories.Reviews reviews;
    private final org.springframework.transaction.support.TransactionTemplate readOnly;

    public SpringDataLibrary(DataSource dataSource, BenchDatabase database) {
        context = new AnnotationConfigApplicationContext();
        context.registerBean("dataSource", DataSource.class, () -> dataSource);
        context.register(SpringConfig.class);
        context.refresh();
        books = context.getBean(SRepositories.Books.class);
        authors = context.getBean(SRepositories.Authors.class);
        tags = context.getBean(SRepositories.Tags.class);
        reviews = context.getBean(SRepositories.Reviews.class);
        readOnly = new org.springframework.transaction.support.TransactionTemplate(
                context.getBean(org.springframework.transaction.PlatformTransactionManager.class));
        readOnly.setReadOnly(true);
    }

    private static Pageable page(int offset, int size) {
        return PageRequest.of(offset / size, size, BY_ID);
    }

    @Override
    public long findBook(long id) {
        return books.findById(id).orElseThrow().own();
    }

    @Override
    public long bookPage(int offset) {
        long sum = 0;
        for (SBook b : books.findAllBy(page(offset, 100))) {
            sum += b.own();
        }
        return sum;
    }

    @Override
    public long booksWithAuthor(int offset) {
        List<SBook> page = books.findAllBy(page(offset, 100));
        Set<Long> ids = new HashSet<>();
        for (SBook b : page) {
            ids.add(b.authorId());
        }
        Map<Long, SAuthor> byId = new HashMap<>();
        for (SAuthor a : authors.findAllById(ids)) {
            byId.put(a.id(), a);
        }
        long sum = 0;
        for (SBook b : page) {
            sum += b.own() + byId.get(b.authorId()).own();
        }
        return sum;
    }

    private static long withBooks(SAuthor a, List<SBook> books) {
        long sum = a.own();
        for (SBook b : books) {
            sum += b.own() + Checksum.link(a.id(), b.id());
        }
        return sum;
    }

    @Override
    public long authorWithBooks(long authorId) {
        return withBooks(authors.findById(authorId).orElseThrow(), books.findByAuthorId(authorId));
    }

    private Map<Long, List<SBook>> booksOf(List<SAuthor> page) {
        List<Long> ids = new ArrayList<>(page.size());
        for (SAuthor a : page) {
            ids.add(a.id());
        }
        Map<Long, List<SBook>> byAuthor = new HashMap<>();
        for (SBook b : books.findByAuthorIdIn(ids)) {
            byAuthor.computeIfAbsent(b.authorId(), k -> new ArrayList<>()).add(b);
        }
        return byAuthor;
    }

    @Override
    public long authorsWithBooks(int offset) {
        List<SAuthor> page = authors.findAllBy(page(offset, 100));
        Map<Long, List<SBook>> byAuthor = booksOf(page);
        long sum = 0;
        for (SAuthor a : page) {
            sum += withBooks(a, byAuthor.getOrDefault(a.id(), List.of()));
        }
        return sum;
    }

    private Map<Long, List<SRepositories.TagOfBook>> tagsOf(List<Long> bookIds) {
        Map<Long, List<SRepositories.TagOfBook>> byBook = new HashMap<>();
        for (SRepositories.TagOfBook t : tags.tagsOf(bookIds)) {
            byBook.computeIfAbsent(t.bookId(), k -> new ArrayList<>()).add(t);
        }
        return byBook;
    }

    private static long withTags(SBook b, Map<Long, List<SRepositories.TagOfBook>> tags) {
        long sum = b.own();
        for (SRepositories.TagOfBook t : tags.getOrDefault(b.id(), List.of())) {
            sum += Checksum.tag(t.id(), t.name()) + Checksum.link(b.id(), t.id());
        }
        return sum;
    }

    @Override
    public long booksWithTags(int offset) {
        List<SBook> page = books.findAllBy(page(offset, 100));
        List<Long> ids = new ArrayList<>(page.size());
        for (SBook b : page) {
            ids.add(b.id());
        }
        Map<Long, List<SRepositories.TagOfBook>> byBook = tagsOf(ids);
        long sum = 0;
        for (SBook b : page) {
            sum += withTags(b, byBook);
        }
        return sum;
    }

    @Override
    public long authorsBooksTags(int offset) {
        List<SAuthor> page = authors.findAllBy(page(offset, 20));
        Map<Long, List<SBook>> byAuthor = booksOf(page);
        List<Long> bookIds = new ArrayList<>();
        for (List<SBook> list : byAuthor.values()) {
            for (SBook b : list) {
                bookIds.add(b.id());
            }
        }
        Map<Long, List<SRepositories.TagOfBook>> byBook = tagsOf(bookIds);
        long sum = 0;
        for (SAuthor a : page) {
            sum += a.own();
            for (SBook b : byAuthor.getOrDefault(a.id(), List.of())) {
                sum += withTags(b, byBook) + Checksum.link(a.id(), b.id());
            }
        }
        return sum;
    }

    @Override
    public long insertAuthor(String name, String country, int born) {
        return authors.save(new SAuthor(null, name, country, born)).id();
    }

    @Override
    public int insertAuthors(String prefix, int count) {
        List<SAuthor> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(new SAuthor(null, prefix + i, "Batchland", 1950 + i % 50));
        }
        long keys = 0;
        List<SAuthor> saved = authors.saveAll(rows);
        for (SAuthor a : saved) {
            keys += a.id();
        }
        return keys > 0 ? saved.size() : 0;
    }

    @Override
    public int updateBook(long id, String title, int pages, long authorId, long publisherId) {
        books.save(new SBook(id, title, pages, authorId, publisherId));
        return 1;
    }

    @Override
    public long booksOfPublisherByTitle(long publisherId, int page) {
        long sum = 0;
        for (SBook b : books.findByPublisherIdOrderByTitle(publisherId,
                PageRequest.of(page, dev.joinwright.bench.DataSet.PUBLISHER_PAGE))) {
            sum += b.own();
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
        for (SRepositories.PublisherStats p : books.publisherStats(minPages)) {
            sum += Checksum.stats(p.id(), p.name(), p.books(), p.pages());
        }
        return sum;
    }

    /** The repository's {@code Stream}, inside a read-only transaction, closed after use. */
    @Override
    public long streamReviews() {
        return readOnly.execute(status -> {
            try (java.util.stream.Stream<SReview> rows = reviews.streamAllByOrderById()) {
                return rows.mapToLong(SReview::own).sum();
            }
        });
    }

    @Override
    public void close() {
        context.close();
    }
}
