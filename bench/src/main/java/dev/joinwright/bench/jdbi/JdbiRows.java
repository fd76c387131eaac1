package dev.joinwright.bench.jdbi;

import dev.joinwright.bench.Checksum;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.result.LinkedHashMapRowReducer;
import org.jdbi.v3.core.result.RowView;
import org.jdbi.v3.core.statement.StatementContext;

/** The objects Jdbi maps into, their row mappers (columns by index) and row reducers. */
public final class JdbiRows {
    private JdbiRows() {}

    public record Author(long id, String name, String country, int born, List<Book> books) {
        long checksum() {
            long sum = Checksum.author(id, name, country, born);
            for (Book b : books) {
                sum += b.checksum() + Checksum.link(id, b.id);
            }
            return sum;
        }
    }

    public record Book(long id, String title, int pages, long authorId, long publisherId, Author author, List<Tag> tags) {
        long checksum() {
            long sum = Checksum.book(id, title, pages, authorId, publisherId);
            if (author != null) {
                sum += Checksum.author(author.id, author.name, author.country, author.born);
            }
            for (Tag t : tags) {
                sum += Checksum.tag(t.id, t.name) + Checksum.link(id, t.id);
            }
            return sum;
        }
    }

    public record Tag(long id, String name) {}

    static Book book(ResultSet rs, int at) throws SQLException {
        return new Book(rs.getLong(at), rs.getString(at + 1), rs.getInt(at + 2), rs.getLong(at + 3), rs.getLong(at + 4),
                null, new ArrayList<>());
    }

    static Author author(ResultSet rs, int at) throws SQLException {
        return new Author(rs.getLong(at), rs.getString(at + 1), rs.getString(at + 2), rs.getInt(at + 3), new ArrayList<>());
    }

    /** Book columns first. */
    public static final class BookMapper implements RowMapper<Book> {
        @Override
        public Book map(ResultSet rs, StatementContext ctx) throws SQLException {
            return book(rs, 1);
        }
    }

    /** Author columns first. */
    public static final class AuthorMapper implements RowMapper<Author> {
        @Override
        public Author map(ResultSet rs, StatementContext ctx) throws SQLException {
            return author(rs, 1);
        }
    }

    public record PublisherStats(long id, String name, long books, long pages) {}

    /** id, name, count, sum. */
    public static final class StatsMapper implements RowMapper<PublisherStats> {
        @Override
        public PublisherStats map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new PublisherStats(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4));
        }
    }

    /** A review: id, book_id, stars, body; mapped straight into its checksum. */
    /** One review of the stream. */
    public record Review(long id, long bookId, int stars, String body) {
        public long checksum() {
            return Checksum.review(id, bookId, stars, body);
        }
    }

    /** A review per row, as the other libraries' streams hand on. */
    public static final class ReviewMapper implements RowMapper<Review> {
        @Override
        public Review map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Review(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4));
        }
    }

    /** Book columns, then the author's. */
    public static final class BookWithAuthorMapper implements RowMapper<Book> {
        @Override
        public Book map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Book(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getLong(4), rs.getLong(5),
                    author(rs, 6), List.of());
        }
    }

    private static final RowMapper<Author> AUTHOR_AT_1 = (rs, ctx) -> author(rs, 1);
    private static final RowMapper<Book> BOOK_AT_1 = (rs, ctx) -> book(rs, 1);
    private static final RowMapper<Book> BOOK_AT_5 = (rs, ctx) -> book(rs, 5);
    private static final RowMapper<Tag> TAG_AT_6 = (rs, ctx) -> new Tag(rs.getLong(6), rs.getString(7));
    private static final RowMapper<Tag> TAG_AT_10 = (rs, ctx) -> new Tag(rs.getLong(10), rs.getString(11));

    /** Author columns 1-4, book columns 5-9 (LEFT JOIN: may be null). */
    public static final class AuthorBooksReducer implements LinkedHashMapRowReducer<Long, Author> {
        @Override
        public void accumulate(Map<Long, Author> map, RowView row) {
            Author author = map.computeIfAbsent(row.getColumn(1, Long.class), id -> row.getRow(AUTHOR_AT_1));
            if (row.getColumn(5, Long.class) != null) {
                author.books().add(row.getRow(BOOK_AT_5));
            }
        }
    }

    /** Author 1-4, book 5-9, tag 10-11, ordered by author, book. */
    public static final class AuthorBooksTagsReducer implements LinkedHashMapRowReducer<Long, Author> {
        @Override
        public void accumulate(Map<Long, Author> map, RowView row) {
            Author author = map.computeIfAbsent(row.getColumn(1, Long.class), id -> row.getRow(AUTHOR_AT_1));
            Long bookId = row.getColumn(5, Long.class);
            if (bookId == null) {
                return;
            }
            List<Book> books = author.books();
            Book book = books.isEmpty() ? null : books.get(books.size() - 1);
            if (book == null || book.id() != bookId) {
                book = row.getRow(BOOK_AT_5);
                books.add(book);
            }
            if (row.getColumn(10, Long.class) != null) {
                book.tags().add(row.getRow(TAG_AT_10));
            }
        }
    }

    /** Book 1-5, tag 6-7. */
    public static final class BookTagsReducer implements LinkedHashMapRowReducer<Long, Book> {
        @Override
        public void accumulate(Map<Long, Book> map, RowView row) {
            Book book = map.computeIfAbsent(row.getColumn(1, Long.class), id -> row.getRow(BOOK_AT_1));
            if (row.getColumn(6, Long.class) != null) {
                book.tags().add(row.getRow(TAG_AT_6));
            }
        }
    }
}
