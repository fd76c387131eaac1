package dev.joinwright.bench.jdbi;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.statement.UseRowReducer;

/** The Jdbi SqlObject for the workloads: one declared statement each, graphs by JOIN + row reducer. */
public interface JdbiDao {
    String BOOK = "b.id, b.title, b.pages, b.author_id, b.publisher_id";
    String AUTHOR = "a.id, a.name, a.country, a.born";

    @SqlQuery("SELECT " + BOOK + " FROM book b WHERE b.id = :id")
    @RegisterRowMapper(JdbiRows.BookMapper.class)
    JdbiRows.Book findBook(@Bind("id") long id);

    @SqlQuery("SELECT " + BOOK + " FROM book b ORDER BY b.id LIMIT :limit OFFSET :offset")
    @RegisterRowMapper(JdbiRows.BookMapper.class)
    List<JdbiRows.Book> bookPage(@Bind("limit") int limit, @Bind("offset") int offset);

    @SqlQuery("SELECT " + BOOK + ", " + AUTHOR
            + " FROM (SELECT id, title, pages, author_id, publisher_id FROM book ORDER BY id LIMIT :limit OFFSET :offset) b"
            + " JOIN author a ON a.id = b.author_id ORDER BY b.id")
    @RegisterRowMapper(JdbiRows.BookWithAuthorMapper.class)
    List<JdbiRows.Book> booksWithAuthor(@Bind("limit") int limit, @Bind("offset") int offset);

    @SqlQuery("SELECT " + AUTHOR + ", " + BOOK
            + " FROM author a LEFT JOIN book b ON b.author_id = a.id WHERE a.id = :id ORDER BY b.id")
    @UseRowReducer(JdbiRows.AuthorBooksReducer.class)
    List<JdbiRows.Author> authorWithBooks(@Bind("id") long id);

    @SqlQuery("SELECT " + AUTHOR + ", " + BOOK
            + " FROM (SELECT id, name, country, born FROM author ORDER BY id LIMIT :limit OFFSET :offset) a"
            + " LEFT JOIN book b ON b.author_id = a.id ORDER BY a.id, b.id")
    @UseRowReducer(JdbiRows.AuthorBooksReducer.class)
    List<JdbiRows.Author> authorsWithBooks(@Bind("limit") int limit, @Bind("offset") int offset);

    @SqlQuery("SELECT " + BOOK + ", t.id, t.name"
            + " FROM (SELECT id, title, pages, author_id, publisher_id FROM book ORDER BY id LIMIT :limit OFFSET :offset) b"
            + " LEFT JOIN book_tag bt ON bt.book_id = b.id LEFT JOIN tag t ON t.id = bt.tag_id ORDER BY b.id, t.id")
    @UseRowReducer(JdbiRows.BookTagsReducer.class)
    List<JdbiRows.Book> booksWithTags(@Bind("limit") int limit, @Bind("offset") int offset);

    @SqlQuery("SELECT " + AUTHOR + ", " + BOOK + ", t.id, t.name"
            + " FROM (SELECT id, name, country, born FROM author ORDER BY id LIMIT :limit OFFSET :offset) a"
            + " LEFT JOIN book b ON b.author_id = a.id"
            + " LEFT JOIN book_tag bt ON bt.book_id = b.id LEFT JOIN tag t ON t.id = bt.tag_id"
            + " ORDER BY a.id, b.id, t.id")
    @UseRowReducer(JdbiRows.AuthorBooksTagsReducer.class)
    List<JdbiRows.Author> authorsBooksTags(@Bind("limit") int limit, @Bind("offset") int offset);

    @SqlUpdate("INSERT INTO author (name, country, born) VALUES (:name, :country, :born)")
    @GetGeneratedKeys("id")
    long insertAuthor(@Bind("name") String name, @Bind("country") String country, @Bind("born") int born);

    @SqlBatch("INSERT INTO author (name, country, born) VALUES (:name, :country, :born)")
    @GetGeneratedKeys("id")
    long[] insertAuthors(@Bind("name") List<String> names, @Bind("country") String country,
            @Bind("born") List<Integer> born);

    @SqlQuery("SELECT " + BOOK + " FROM book b WHERE b.publisher_id = :p ORDER BY b.title LIMIT :limit OFFSET :offset")
    @RegisterRowMapper(JdbiRows.BookMapper.class)
    List<JdbiRows.Book> booksOfPublisherByTitle(@Bind("p") long publisherId, @Bind("limit") int limit,
            @Bind("offset") int offset);

    @SqlQuery("SELECT " + AUTHOR + " FROM author a WHERE a.id IN (SELECT b.author_id FROM book b"
            + " JOIN book_tag bt ON bt.book_id = b.id JOIN tag t ON t.id = bt.tag_id WHERE t.name = :n) ORDER BY a.id")
    @RegisterRowMapper(JdbiRows.AuthorMapper.class)
    List<JdbiRows.Author> authorsWithBookTagged(@Bind("n") String tagName);

    @SqlQuery("SELECT COUNT(*) FROM book WHERE publisher_id = :p")
    long countBooksOfPublisher(@Bind("p") long publisherId);

    @SqlQuery("SELECT p.id, p.name, COUNT(b.id), SUM(b.pages) FROM publisher p JOIN book b ON b.publisher_id = p.id"
            + " WHERE b.pages >= :m GROUP BY p.id, p.name ORDER BY p.id")
    @RegisterRowMapper(JdbiRows.StatsMapper.class)
    List<JdbiRows.PublisherStats> publisherStats(@Bind("m") int minPages);

    @SqlUpdate("UPDATE book SET title = :title, pages = :pages, author_id = :authorId, publisher_id = :publisherId"
            + " WHERE id = :id")
    int updateBook(@Bind("id") long id, @Bind("title") String title, @Bind("pages") int pages,
            @Bind("authorId") long authorId, @Bind("publisherId") long publisherId);
}
