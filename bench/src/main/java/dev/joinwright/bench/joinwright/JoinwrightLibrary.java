package dev.joinwright.bench.joinwright;

import dev.joinwright.Database;
import dev.joinwright.Page;
import dev.joinwright.bench.Checksum;
import dev.joinwright.bench.DataSet;
import dev.joinwright.bench.Library;
import dev.joinwright.bench.model.Author;
import dev.joinwright.bench.model.AuthorDao;
import dev.joinwright.bench.model.AuthorRecord;
import dev.joinwright.bench.model.Book;
import dev.joinwright.bench.model.BookDao;
import dev.joinwright.bench.model.BookRecord;
import dev.joinwright.bench.model.PublisherDao;
import dev.joinwright.bench.model.PublisherQueries;
import dev.joinwright.bench.model.ReviewDao;
import dev.joinwright.bench.model.ReviewRecord;
import dev.joinwright.bench.model.TagRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * The generated DAOs, used the way the README shows: batched navigation, no hand-written SQL; the
 * query paths through the {@code @Queries} interfaces of the model ({@code BookQueries},
 * {@code AuthorQueries}, {@code PublisherQueries}) and {@code streamAll()}.
 */
public final class JoinwrightLibrary implements Library {
    private final AuthorDao authors;
    private final BookDao books;
    private final PublisherDao publishers;
    private final ReviewDao reviews;

    public JoinwrightLibrary(DataSource dataSource) {
        Database db = Database.of(dataSource);
        this.authors = new AuthorDao(db);
        this.books = new BookDao(db);
        this.publishers = new PublisherDao(db);
        this.reviews = new ReviewDao(db);
    }

    private static long book(Book b) {
        return Checksum.book(b.id(), b.title(), b.pages(), b.authorId(), b.publisherId());
    }

    private static long author(Author a) {
        return Checksum.author(a.id(), a.name(), a.country(), a.born());
    }

    @Override
    public long findBook(long id) {
        return book(books.findById(id).orElseThrow());
    }

    @Override
    public long bookPage(int offset) {
        long sum = 0;
        for (BookRecord b : books.findPage(offset, 100)) {
            sum += book(b);
        }
        return sum;
    }

    @Override
    public long booksWithAuthor(int offset) {
        List<BookRecord> page = books.findPage(offset, 100);
        Map<Long, AuthorRecord> byBook = books.author(page);
        long sum = 0;
        for (BookRecord b : page) {
            sum += book(b) + author(byBook.get(b.id()));
        }
        return sum;
    }

    @Override
    public long authorWithBooks(long authorId) {
        AuthorRecord a = authors.findById(authorId, AuthorDao.Fetch.BOOKS).orElseThrow();
        long sum = author(a);
        for (Book b : a.books()) {
            sum += book(b) + Checksum.link(a.id(), b.id());
        }
        return sum;
    }

    @Override
    public long authorsWithBooks(int offset) {
        List<AuthorRecord> page = authors.findPage(offset, 100);
        Map<Long, List<BookRecord>> byAuthor = authors.books(page);
        long sum = 0;
        for (AuthorRecord a : page) {
            sum += author(a);
            for (BookRecord b : byAuthor.get(a.id())) {
                sum += book(b) + Checksum.link(a.id(), b.id());
            }
        }
        return sum;
    }

    private static long withTags(BookRecord b, Map<Long, List<TagRecord>> tags) {
        long sum = book(b);
        for (TagRecord t : tags.get(b.id())) {
            sum += Checksum.tag(t.id(), t.name()) + Checksum.link(b.id(), t.id());
        }
        return sum;
    }

    @Override
    public long booksWithTags(int offset) {
        List<BookRecord> page = books.findPage(offset, 100);
        Map<Long, List<TagRecord>> tags = books.tags(page);
        long sum = 0;
        for (BookRecord b : page) {
            sum += withTags(b, tags);
        }
        return sum;
    }

    @Override
    public long authorsBooksTags(int offset) {
        List<AuthorRecord> page = authors.findPage(offset, 20);
        Map<Long, List<BookRecord>> byAuthor = authors.books(page);
        List<BookRecord> all = new ArrayList<>();
        for (List<BookRecord> list : byAuthor.values()) {
            all.addAll(list);
        }
        Map<Long, List<TagRecord>> tags = books.tags(all);
        long sum = 0;
        for (AuthorRecord a : page) {
            sum += author(a);
            for (BookRecord b : byAuthor.get(a.id())) {
                sum += withTags(b, tags) + Checksum.link(a.id(), b.id());
            }
        }
        return sum;
    }

    @Override
    public long insertAuthor(String name, String country, int born) {
        return authors.insert(AuthorRecord.builder().name(name).country(country).born(born).build()).id();
    }

    @Override
    public int insertAuthors(String prefix, int count) {
        List<AuthorRecord> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(AuthorRecord.builder().name(prefix + i).country("Batchland").born(1950 + i % 50).build());
        }
        return authors.insertAll(rows).size();
    }

    @Override
    public int updateBook(long id, String title, int pages, long authorId, long publisherId) {
        books.update(BookRecord.builder().id(id).title(title).pages(pages).authorId(authorId).publisherId(publisherId)
                .build());
        return 1;
    }

    @Override
    public long booksOfPublisherByTitle(long publisherId, int page) {
        long sum = 0;
        for (BookRecord b : books.findByPublisherIdOrderByTitle(publisherId, Page.of(page, DataSet.PUBLISHER_PAGE))) {
            sum += book(b);
        }
        return sum;
    }

    @Override
    public long authorsWithBookTagged(String tagName) {
        long sum = 0;
        for (AuthorRecord a : authors.findByBooksTagsName(tagName)) {
            sum += author(a);
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
        for (PublisherQueries.Stats p : publishers.stats(minPages)) {
            sum += Checksum.stats(p.id(), p.name(), p.books(), p.pages());
        }
        return sum;
    }

    @Override
    public long streamReviews() {
        // An open cursor (fetch size 1,000, a read transaction of its own on PostgreSQL): close it.
        try (Stream<ReviewRecord> all = reviews.streamAll()) {
            return all.mapToLong(r -> Checksum.review(r.id(), r.bookId(), r.stars(), r.body())).sum();
        }
    }

    @Override
    public void close() {}
}
