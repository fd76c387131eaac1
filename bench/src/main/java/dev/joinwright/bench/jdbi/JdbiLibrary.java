package dev.joinwright.bench.jdbi;

import dev.joinwright.bench.Checksum;
import dev.joinwright.bench.DataSet;
import dev.joinwright.bench.Library;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/** Jdbi 3 with an on-demand SqlObject: each call takes a handle from the pool and returns it. */
public final class JdbiLibrary implements Library {
    private final Jdbi jdbi;
    private final JdbiDao dao;

    public JdbiLibrary(DataSource dataSource) {
        jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
        this.dao = jdbi.onDemand(JdbiDao.class);
    }

    @Override
    public long findBook(long id) {
        return dao.findBook(id).checksum();
    }

    private static long books(List<JdbiRows.Book> books) {
        long sum = 0;
        for (JdbiRows.Book b : books) {
            sum += b.checksum();
        }
        return sum;
    }

    private static long authors(List<JdbiRows.Author> authors) {
        long sum = 0;
        for (JdbiRows.Author a : authors) {
            sum += a.checksum();
        }
        return sum;
    }

    @Override
    public long bookPage(int offset) {
        return books(dao.bookPage(100, offset));
    }

    @Override
    public long booksWithAuthor(int offset) {
        return books(dao.booksWithAuthor(100, offset));
    }

    @Override
    public long authorWithBooks(long authorId) {
        return authors(dao.authorWithBooks(authorId));
    }

    @Override
    public long authorsWithBooks(int offset) {
        return authors(dao.authorsWithBooks(100, offset));
    }

    @Override
    public long booksWithTags(int offset) {
        return books(dao.booksWithTags(100, offset));
    }

    @Override
    public long authorsBooksTags(int offset) {
        return authors(dao.authorsBooksTags(20, offset));
    }

    @Override
    public long insertAuthor(String name, String country, int born) {
        return dao.insertAuthor(name, country, born);
    }

    @Override
    public int insertAuthors(String prefix, int count) {
        List<String> names = new ArrayList<>(count);
        List<Integer> born = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            names.add(prefix + i);
            born.add(1950 + i % 50);
        }
        return dao.insertAuthors(names, "Batchland", born).length;
    }

    @Override
    public int updateBook(long id, String title, int pages, long authorId, long publisherId) {
        return dao.updateBook(id, title, pages, authorId, publisherId);
    }

    @Override
    public long booksOfPublisherByTitle(long publisherId, int page) {
        return books(dao.booksOfPublisherByTitle(publisherId, DataSet.PUBLISHER_PAGE, page * DataSet.PUBLISHER_PAGE));
    }

    @Override
    public long authorsWithBookTagged(String tagName) {
        return authors(dao.authorsWithBookTagged(tagName));
    }

    @Override
    public long countBooksOfPublisher(long publisherId) {
        return dao.countBooksOfPublisher(publisherId);
    }

    @Override
    public long publisherStats(int minPages) {
        long sum = 0;
        for (JdbiRows.PublisherStats p : dao.publisherStats(minPages)) {
            sum += Checksum.stats(p.id(), p.name(), p.books(), p.pages());
        }
        return sum;
    }

    /** A handle in a transaction, the query with a fetch size, {@code stream()} (PostgreSQL streams only so). */
    @Override
    public long streamReviews() {
        return jdbi.inTransaction(handle -> {
            try (java.util.stream.Stream<JdbiRows.Review> rows = handle.createQuery(
                            "SELECT id, book_id, stars, body FROM review ORDER BY id")
                    .setFetchSize(1000).map(new JdbiRows.ReviewMapper()).stream()) {
                return rows.mapToLong(JdbiRows.Review::checksum).sum();
            }
        });
    }

    @Override
    public void close() {}
}
