package dev.joinwright.bench.spring;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

/** The Spring Data JDBC repositories: CRUD methods, derived finders, and one annotated query. */
public final class SRepositories {
    private SRepositories() {}

    public interface Books extends ListCrudRepository<SBook, Long> {
        /** A page as a list (no count query, unlike {@code findAll(Pageable)}'s {@code Page}). */
        List<SBook> findAllBy(Pageable pageable);

        List<SBook> findByAuthorId(long authorId);

        List<SBook> findByAuthorIdIn(Collection<Long> authorIds);

        List<SBook> findByPublisherIdOrderByTitle(long publisherId, Pageable pageable);

        long countByPublisherId(long publisherId);

        @Query("SELECT p.id AS id, p.name AS name, COUNT(b.id) AS books, SUM(b.pages) AS pages FROM publisher p"
                + " JOIN book b ON b.publisher_id = p.id WHERE b.pages >= :minPages GROUP BY p.id, p.name ORDER BY p.id")
        List<PublisherStats> publisherStats(@Param("minPages") int minPages);
    }

    /** The grouped projection, mapped by column label. */
    public record PublisherStats(long id, String name, long books, long pages) {}

    public interface Reviews extends org.springframework.data.repository.Repository<SReview, Long> {
        /** Consumed inside a transaction and closed. */
        Stream<SReview> streamAllByOrderById();
    }

    public interface Authors extends ListCrudRepository<SAuthor, Long> {
        List<SAuthor> findAllBy(Pageable pageable);
    }

    /** A tag with the book it is linked to, read from the link table. */
    public record TagOfBook(long bookId, long id, String name) {}

    public interface Tags extends ListCrudRepository<STag, Long> {
        /**
         * The many-to-many: Spring Data JDBC maps no association between two aggregates, so the
         * link table is read with one annotated query.
         */
        @Query("SELECT bt.book_id, t.id, t.name FROM book_tag bt JOIN tag t ON t.id = bt.tag_id"
                + " WHERE bt.book_id IN (:ids)")
        List<TagOfBook> tagsOf(@Param("ids") Collection<Long> bookIds);
    }
}
