package dev.joinwright.bench.hibernate;

import dev.joinwright.bench.Checksum;
import dev.joinwright.bench.DataSet;
import dev.joinwright.bench.Library;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;

/**
 * Hibernate ORM's documented best practice for reads that know what they need: a
 * {@link StatelessSession} and one JOIN FETCH query per graph (to-many graphs: a page of keys, then
 * the JOIN FETCH by key, since Hibernate will not paginate a collection fetch in SQL). Writes
 * through the stateless session too, with JDBC batching on.
 */
public final class HibernateLibrary implements Library {
    final SessionFactory factory;

    public HibernateLibrary(DataSource dataSource) {
        this(dataSource, 0);
    }

    HibernateLibrary(DataSource dataSource, int batchFetchSize) {
        this.factory = sessionFactory(dataSource, batchFetchSize);
    }

    static SessionFactory sessionFactory(DataSource dataSource, int batchFetchSize) {
        StandardServiceRegistryBuilder registry = new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "none")
                .applySetting(AvailableSettings.SHOW_SQL, false)
                .applySetting(AvailableSettings.STATEMENT_BATCH_SIZE, 100)
                .applySetting(AvailableSettings.ORDER_INSERTS, true)
                .applySetting(AvailableSettings.ORDER_UPDATES, true)
                .applySetting(AvailableSettings.GENERATE_STATISTICS, false);
        if (batchFetchSize > 0) {
            registry.applySetting(AvailableSettings.DEFAULT_BATCH_FETCH_SIZE, batchFetchSize);
        }
        StandardServiceRegistry built = registry.build();
        return new MetadataSources(built)
                .addAnnotatedClass(HAuthor.class)
                .addAnnotatedClass(HPublisher.class)
                .addAnnotatedClass(HBook.class)
                .addAnnotatedClass(HTag.class)
                .addAnnotatedClass(HReview.class)
                .buildMetadata()
                .buildSessionFactory();
    }

    @Override
    public long findBook(long id) {
        try (StatelessSession s = factory.openStatelessSession()) {
            return s.get(HBook.class, id).own();
        }
    }

    @Override
    public long bookPage(int offset) {
        try (StatelessSession s = factory.openStatelessSession()) {
            List<HBook> books = s.createSelectionQuery("from HBook b order by b.id", HBook.class)
                    .setFirstResult(offset).setMaxResults(100).getResultList();
            long sum = 0;
            for (HBook b : books) {
                sum += b.own();
            }
            return sum;
        }
    }

    @Override
    public long booksWithAuthor(int offset) {
        try (StatelessSession s = factory.openStatelessSession()) {
            List<HBook> books = s.createSelectionQuery("from HBook b join fetch b.author order by b.id", HBook.class)
                    .setFirstResult(offset).setMaxResults(100).getResultList();
            long sum = 0;
            for (HBook b : books) {
                sum += b.withAuthor();
            }
            return sum;
        }
    }

    @Override
    public long authorWithBooks(long authorId) {
        try (StatelessSession s = factory.openStatelessSession()) {
            return s.createSelectionQuery("from HAuthor a left join fetch a.books where a.id = :id", HAuthor.class)
                    .setParameter("id", authorId).getSingleResult().withBooks();
        }
    }

    @Override
    public long authorsWithBooks(int offset) {
        try (StatelessSession s = factory.openStatelessSession()) {
            List<Long> ids = s.createSelectionQuery("select a.id from HAuthor a order by a.id", Long.class)
                    .setFirstResult(offset).setMaxResults(100).getResultList();
            List<HAuthor> authors = s.createSelectionQuery(
                            "from HAuthor a left join fetch a.books where a.id in :ids order by a.id", HAuthor.class)
                    .setParameter("ids", ids).getResultList();
            long sum = 0;
            for (HAuthor a : authors) {
                sum += a.withBooks();
            }
            return sum;
        }
    }

    @Override
    public long booksWithTags(int offset) {
        try (StatelessSession s = factory.openStatelessSession()) {
            List<Long> ids = s.createSelectionQuery("select b.id from HBook b order by b.id", Long.class)
                    .setFirstResult(offset).setMaxResults(100).getResultList();
            List<HBook> books = s.createSelectionQuery(
                            "from HBook b left join fetch b.tags where b.id in :ids order by b.id", HBook.class)
                    .setParameter("ids", ids).getResultList();
            long sum = 0;
            for (HBook b : books) {
                sum += b.withTags();
            }
            return sum;
        }
    }

    @Override
    public long authorsBooksTags(int offset) {
        try (StatelessSession s = factory.openStatelessSession()) {
            List<Long> ids = s.createSelectionQuery("select a.id from HAuthor a order by a.id", Long.class)
                    .setFirstResult(offset).setMaxResults(20).getResultList();
            List<HAuthor> authors = s.createSelectionQuery(
                            "from HAuthor a left join fetch a.books b left join fetch b.tags where a.id in :ids order by a.id",
                            HAuthor.class)
                    .setParameter("ids", ids).getResultList();
            long sum = 0;
            for (HAuthor a : authors) {
                sum += a.withBooksAndTags();
            }
            return sum;
        }
    }

    @Override
    public long insertAuthor(String name, String country, int born) {
        try (StatelessSession s = factory.openStatelessSession()) {
            HAuthor author = new HAuthor(name, country, born);
            s.insert(author);
            return author.id;
        }
    }

    @Override
    public int insertAuthors(String prefix, int count) {
        List<HAuthor> authors = new java.util.ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            authors.add(new HAuthor(prefix + i, "Batchland", 1950 + i % 50));
        }
        try (StatelessSession s = factory.openStatelessSession()) {
            s.inTransaction(tx -> s.insertMultiple(authors));
        }
        return authors.size();
    }

    @Override
    public int updateBook(long id, String title, int pages, long authorId, long publisherId) {
        try (StatelessSession s = factory.openStatelessSession()) {
            s.update(HBook.detached(id, title, pages, HAuthor.reference(authorId), HPublisher.reference(publisherId)));
            return 1;
        }
    }

    @Override
    public long booksOfPublisherByTitle(long publisherId, int page) {
        try (StatelessSession s = factory.openStatelessSession()) {
            List<HBook> books = s.createSelectionQuery("from HBook b where b.publisher.id = :p order by b.title",
                            HBook.class)
                    .setParameter("p", publisherId).setFirstResult(page * DataSet.PUBLISHER_PAGE)
                    .setMaxResults(DataSet.PUBLISHER_PAGE).getResultList();
            long sum = 0;
            for (HBook b : books) {
                sum += b.own();
            }
            return sum;
        }
    }

    @Override
    public long authorsWithBookTagged(String tagName) {
        try (StatelessSession s = factory.openStatelessSession()) {
            List<HAuthor> authors = s.createSelectionQuery("from HAuthor a where a.id in (select b.author.id from HBook b"
                            + " join b.tags t where t.name = :n) order by a.id", HAuthor.class)
                    .setParameter("n", tagName).getResultList();
            long sum = 0;
            for (HAuthor a : authors) {
                sum += a.own();
            }
            return sum;
        }
    }

    @Override
    public long countBooksOfPublisher(long publisherId) {
        try (StatelessSession s = factory.openStatelessSession()) {
            return s.createSelectionQuery("select count(*) from HBook b where b.publisher.id = :p", Long.class)
                    .setParameter("p", publisherId).getSingleResult();
        }
    }

    @Override
    public long publisherStats(int minPages) {
        try (StatelessSession s = factory.openStatelessSession()) {
            List<PublisherStats> rows = s.createSelectionQuery("select new dev.joinwright.bench.hibernate.PublisherStats("
                    + "p.id, p.name, count(b), sum(b.pages)) from HBook b join b.publisher p where b.pages >= :m"
                    + " group by p.id, p.name order by p.id", PublisherStats.class).setParameter("m", minPages)
                    .getResultList();
            long sum = 0;
            for (PublisherStats p : rows) {
                sum += Checksum.stats(p.id(), p.name(), p.books(), p.pages());
            }
            return sum;
        }
    }

    /** {@code getResultStream()} over a scrollable cursor with a fetch size, in a transaction (PostgreSQL streams only there). */
    @Override
    public long streamReviews() {
        try (StatelessSession s = factory.openStatelessSession()) {
            return s.fromTransaction(tx -> {
                try (Stream<HReview> reviews = s.createSelectionQuery("from HReview r order by r.id", HReview.class)
                        .setFetchSize(1000).getResultStream()) {
                    return reviews.mapToLong(HReview::own).sum();
                }
            });
        }
    }

    @Override
    public void close() {
        factory.close();
    }
}
