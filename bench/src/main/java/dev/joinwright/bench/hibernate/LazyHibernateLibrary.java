package dev.joinwright.bench.hibernate;

import dev.joinwright.bench.Library;
import java.util.List;
import javax.sql.DataSource;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/**
 * Hibernate ORM as most code uses it: a {@link Session}, queries for the roots, and the graph
 * reached by navigating lazy associations. With {@code batchFetchSize} 0 that is the N+1 pattern;
 * with 100 ({@code hibernate.default_batch_fetch_size}) Hibernate loads up to 100 uninitialized
 * proxies or collections per statement. Writes are the same as {@link HibernateLibrary}'s.
 */
public final class LazyHibernateLibrary implements Library {
    private final SessionFactory factory;
    private final HibernateLibrary writes;

    public LazyHibernateLibrary(DataSource dataSource, int batchFetchSize) {
        this.writes = new HibernateLibrary(dataSource, batchFetchSize);
        this.factory = writes.factory;
    }

    @Override
    public long findBook(long id) {
        try (Session s = factory.openSession()) {
            return s.find(HBook.class, id).own();
        }
    }

    private static List<HBook> books(Session s, int offset, int limit) {
        return s.createSelectionQuery("from HBook b order by b.id", HBook.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    private static List<HAuthor> authors(Session s, int offset, int limit) {
        return s.createSelectionQuery("from HAuthor a order by a.id", HAuthor.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long bookPage(int offset) {
        try (Session s = factory.openSession()) {
            long sum = 0;
            for (HBook b : books(s, offset, 100)) {
                sum += b.own();
            }
            return sum;
        }
    }

    @Override
    public long booksWithAuthor(int offset) {
        try (Session s = factory.openSession()) {
            long sum = 0;
            for (HBook b : books(s, offset, 100)) {
                sum += b.withAuthor();
            }
            return sum;
        }
    }

    @Override
    public long authorWithBooks(long authorId) {
        try (Session s = factory.openSession()) {
            return s.find(HAuthor.class, authorId).withBooks();
        }
    }

    @Override
    public long authorsWithBooks(int offset) {
        try (Session s = factory.openSession()) {
            long sum = 0;
            for (HAuthor a : authors(s, offset, 100)) {
                sum += a.withBooks();
            }
            return sum;
        }
    }

    @Override
    public long booksWithTags(int offset) {
        try (Session s = factory.openSession()) {
            long sum = 0;
            for (HBook b : books(s, offset, 100)) {
                sum += b.withTags();
            }
            return sum;
        }
    }

    @Override
    public long authorsBooksTags(int offset) {
        try (Session s = factory.openSession()) {
            long sum = 0;
            for (HAuthor a : authors(s, offset, 20)) {
                sum += a.withBooksAndTags();
            }
            return sum;
        }
    }

    @Override
    public long insertAuthor(String name, String country, int born) {
        return writes.insertAuthor(name, country, born);
    }

    @Override
    public int insertAuthors(String prefix, int count) {
        return writes.insertAuthors(prefix, count);
    }

    @Override
    public int updateBook(long id, String title, int pages, long authorId, long publisherId) {
        return writes.updateBook(id, title, pages, authorId, publisherId);
    }

    @Override
    public void close() {
        writes.close();
    }
}
