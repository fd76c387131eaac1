package dev.joinwright.bench.jdbc;

import dev.joinwright.bench.Checksum;
import dev.joinwright.bench.DataSet;
import dev.joinwright.bench.Library;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Hand-written JDBC, the physical limit: one connection held for the benchmark's life, every
 * statement prepared once and reused, columns read by index, each graph in one JOIN.
 */
public final class JdbcLibrary implements Library {
    private static final String BOOK = "b.id, b.title, b.pages, b.author_id, b.publisher_id";
    private static final String AUTHOR = "a.id, a.name, a.country, a.born";

    private final Connection connection;
    private final PreparedStatement findBook;
    private final PreparedStatement bookPage;
    private final PreparedStatement booksWithAuthor;
    private final PreparedStatement authorWithBooks;
    private final PreparedStatement authorsWithBooks;
    private final PreparedStatement booksWithTags;
    private final PreparedStatement authorsBooksTags;
    private final PreparedStatement insertAuthor;
    private final PreparedStatement updateBook;
    private final PreparedStatement booksOfPublisher;
    private final PreparedStatement authorsWithBookTagged;
    private final PreparedStatement countBooksOfPublisher;
    private final PreparedStatement publisherStats;
    private final PreparedStatement streamReviews;

    public JdbcLibrary(DataSource dataSource) {
        try {
            connection = dataSource.getConnection();
            findBook = prepare("SELECT " + BOOK + " FROM book b WHERE b.id = ?");
            bookPage = prepare("SELECT " + BOOK + " FROM book b ORDER BY b.id LIMIT ? OFFSET ?");
            booksWithAuthor = prepare("SELECT " + BOOK + ", " + AUTHOR
                    + " FROM (SELECT id, title, pages, author_id, publisher_id FROM book ORDER BY id LIMIT ? OFFSET ?) b"
                    + " JOIN author a ON a.id = b.author_id ORDER BY b.id");
            authorWithBooks = prepare("SELECT " + AUTHOR + ", " + BOOK
                    + " FROM author a LEFT JOIN book b ON b.author_id = a.id WHERE a.id = ? ORDER BY b.id");
            authorsWithBooks = prepare("SELECT " + AUTHOR + ", " + BOOK
                    + " FROM (SELECT id, name, country, born FROM author ORDER BY id LIMIT ? OFFSET ?) a"
                    + " LEFT JOIN book b ON b.author_id = a.id ORDER BY a.id, b.id");
            booksWithTags = prepare("SELECT " + BOOK + ", t.id, t.name"
                    + " FROM (SELECT id, title, pages, author_id, publisher_id FROM book ORDER BY id LIMIT ? OFFSET ?) b"
                    + " LEFT JOIN book_tag bt ON bt.book_id = b.id LEFT JOIN tag t ON t.id = bt.tag_id"
                    + " ORDER BY b.id, t.id");
            authorsBooksTags = prepare("SELECT " + AUTHOR + ", " + BOOK + ", t.id, t.name"
                    + " FROM (SELECT id, name, country, born FROM author ORDER BY id LIMIT ? OFFSET ?) a"
                    + " LEFT JOIN book b ON b.author_id = a.id"
                    + " LEFT JOIN book_tag bt ON bt.book_id = b.id LEFT JOIN tag t ON t.id = bt.tag_id"
                    + " ORDER BY a.id, b.id, t.id");
            insertAuthor = connection.prepareStatement(
                    "INSERT INTO author (name, country, born) VALUES (?, ?, ?)", new String[] {"id"});
            updateBook = prepare("UPDATE book SET title = ?, pages = ?, author_id = ?, publisher_id = ? WHERE id = ?");
            booksOfPublisher = prepare("SELECT " + BOOK + " FROM book b WHERE b.publisher_id = ? ORDER BY b.title"
                    + " LIMIT ? OFFSET ?");
            // IN (subquery), not a correlated EXISTS: the same answer, 7x faster on H2 (which runs the EXISTS
            // once per author), as fast on PostgreSQL (a semi-join either way).
            authorsWithBookTagged = prepare("SELECT " + AUTHOR + " FROM author a WHERE a.id IN (SELECT b.author_id"
                    + " FROM book b JOIN book_tag bt ON bt.book_id = b.id JOIN tag t ON t.id = bt.tag_id"
                    + " WHERE t.name = ?) ORDER BY a.id");
            countBooksOfPublisher = prepare("SELECT COUNT(*) FROM book WHERE publisher_id = ?");
            publisherStats = prepare("SELECT p.id, p.name, COUNT(b.id), SUM(b.pages) FROM publisher p"
                    + " JOIN book b ON b.publisher_id = p.id WHERE b.pages >= ? GROUP BY p.id, p.name ORDER BY p.id");
            streamReviews = connection.prepareStatement("SELECT id, book_id, stars, body FROM review ORDER BY id",
                    ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            streamReviews.setFetchSize(1000);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private PreparedStatement prepare(String sql) throws SQLException {
        return connection.prepareStatement(sql);
    }

    private static Rows.Book book(ResultSet rs, int at) throws SQLException {
        return new Rows.Book(rs.getLong(at), rs.getString(at + 1), rs.getInt(at + 2), rs.getLong(at + 3), rs.getLong(at + 4));
    }

    private static Rows.Author author(ResultSet rs, int at) throws SQLException {
        return new Rows.Author(rs.getLong(at), rs.getString(at + 1), rs.getString(at + 2), rs.getInt(at + 3));
    }

    @Override
    public long findBook(long id) {
        try {
            findBook.setLong(1, id);
            try (ResultSet rs = findBook.executeQuery()) {
                return rs.next() ? book(rs, 1).checksum() : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public long bookPage(int offset) {
        try {
            page(bookPage, 100, offset);
            return books(bookPage, 100);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The book rows (columns 1-5) of a bound query, mapped, then their checksum. */
    private static long books(PreparedStatement ps, int expected) throws SQLException {
        List<Rows.Book> books = new ArrayList<>(expected);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                books.add(book(rs, 1));
            }
        }
        long sum = 0;
        for (Rows.Book b : books) {
            sum += b.checksum();
        }
        return sum;
    }

    @Override
    public long booksWithAuthor(int offset) {
        try {
            List<Rows.Book> books = new ArrayList<>(100);
            page(booksWithAuthor, 100, offset);
            try (ResultSet rs = booksWithAuthor.executeQuery()) {
                while (rs.next()) {
                    books.add(new Rows.Book(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getLong(4), rs.getLong(5),
                            author(rs, 6), List.of()));
                }
            }
            long sum = 0;
            for (Rows.Book b : books) {
                sum += b.checksum();
            }
            return sum;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public long authorWithBooks(long authorId) {
        try {
            authorWithBooks.setLong(1, authorId);
            return sum(authors(authorWithBooks, false));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public long authorsWithBooks(int offset) {
        try {
            page(authorsWithBooks, 100, offset);
            return sum(authors(authorsWithBooks, false));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public long authorsBooksTags(int offset) {
        try {
            page(authorsBooksTags, 20, offset);
            return sum(authors(authorsBooksTags, true));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Folds author rows (author columns 1-4, book 5-9, optionally tag 10-11) into a graph. */
    private static List<Rows.Author> authors(PreparedStatement ps, boolean tags) throws SQLException {
        List<Rows.Author> authors = new ArrayList<>();
        Rows.Author author = null;
        Rows.Book book = null;
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long authorId = rs.getLong(1);
                if (author == null || author.id() != authorId) {
                    author = author(rs, 1);
                    authors.add(author);
                    book = null;
                }
                long bookId = rs.getLong(5);
                if (rs.wasNull()) {
                    continue;
                }
                if (book == null || book.id() != bookId) {
                    book = book(rs, 5);
                    author.books().add(book);
                }
                if (tags) {
                    long tagId = rs.getLong(10);
                    if (!rs.wasNull()) {
                        book.tags().add(new Rows.Tag(tagId, rs.getString(11)));
                    }
                }
            }
        }
        return authors;
    }

    private static long sum(List<Rows.Author> authors) {
        long sum = 0;
        for (Rows.Author a : authors) {
            sum += a.checksum();
        }
        return sum;
    }

    @Override
    public long booksWithTags(int offset) {
        try {
            page(booksWithTags, 100, offset);
            List<Rows.Book> books = new ArrayList<>(100);
            Rows.Book book = null;
            try (ResultSet rs = booksWithTags.executeQuery()) {
                while (rs.next()) {
                    long bookId = rs.getLong(1);
                    if (book == null || book.id() != bookId) {
                        book = book(rs, 1);
                        books.add(book);
                    }
                    long tagId = rs.getLong(6);
                    if (!rs.wasNull()) {
                        book.tags().add(new Rows.Tag(tagId, rs.getString(7)));
                    }
                }
            }
            long sum = 0;
            for (Rows.Book b : books) {
                sum += b.checksum();
            }
            return sum;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public long insertAuthor(String name, String country, int born) {
        try {
            insertAuthor.setString(1, name);
            insertAuthor.setString(2, country);
            insertAuthor.setInt(3, born);
            insertAuthor.executeUpdate();
            try (ResultSet keys = insertAuthor.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public int insertAuthors(String prefix, int count) {
        // A fresh statement per batch: the keys of 1,000 rows come back as in a real bulk insert.
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO author (name, country, born) VALUES (?, ?, ?)", new String[] {"id"})) {
            for (int i = 0; i < count; i++) {
                ps.setString(1, prefix + i);
                ps.setString(2, "Batchland");
                ps.setInt(3, 1950 + i % 50);
                ps.addBatch();
            }
            int rows = ps.executeBatch().length;
            long keys = 0;
            try (ResultSet rs = ps.getGeneratedKeys()) {
                while (rs.next()) {
                    keys += rs.getLong(1);
                }
            }
            return keys > 0 ? rows : 0;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public int updateBook(long id, String title, int pages, long authorId, long publisherId) {
        try {
            updateBook.setString(1, title);
            updateBook.setInt(2, pages);
            updateBook.setLong(3, authorId);
            updateBook.setLong(4, publisherId);
            updateBook.setLong(5, id);
            return updateBook.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public long booksOfPublisherByTitle(long publisherId, int page) {
        try {
            booksOfPublisher.setLong(1, publisherId);
            booksOfPublisher.setInt(2, DataSet.PUBLISHER_PAGE);
            booksOfPublisher.setInt(3, page * DataSet.PUBLISHER_PAGE);
            return books(booksOfPublisher, DataSet.PUBLISHER_PAGE);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public long authorsWithBookTagged(String tagName) {
        try {
            authorsWithBookTagged.setString(1, tagName);
            List<Rows.Author> authors = new ArrayList<>();
            try (ResultSet rs = authorsWithBookTagged.executeQuery()) {
                while (rs.next()) {
                    authors.add(author(rs, 1));
                }
            }
            return sum(authors);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public long countBooksOfPublisher(long publisherId) {
        try {
            countBooksOfPublisher.setLong(1, publisherId);
            try (ResultSet rs = countBooksOfPublisher.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    record PublisherStats(long id, String name, long books, long pages) {}

    @Override
    public long publisherStats(int minPages) {
        try {
            publisherStats.setInt(1, minPages);
            List<PublisherStats> rows = new ArrayList<>(DataSet.PUBLISHERS);
            try (ResultSet rs = publisherStats.executeQuery()) {
                while (rs.next()) {
                    rows.add(new PublisherStats(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4)));
                }
            }
            long sum = 0;
            for (PublisherStats p : rows) {
                sum += Checksum.stats(p.id(), p.name(), p.books(), p.pages());
            }
            return sum;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A cursor, the way the drivers stream: forward-only with a fetch size of 1,000, inside a
     * transaction (PostgreSQL reads every row into memory first otherwise).
     */
    @Override
    public long streamReviews() {
        try {
            connection.setAutoCommit(false);
            try {
                long sum = 0;
                try (ResultSet rs = streamReviews.executeQuery()) {
                    while (rs.next()) {
                        // a row object per row, as every library's stream hands on (Library: complete objects)
                        Rows.Review review = new Rows.Review(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4));
                        sum += review.checksum();
                    }
                }
                return sum;
            } finally {
                connection.commit();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void page(PreparedStatement ps, int limit, int offset) throws SQLException {
        ps.setInt(1, limit);
        ps.setInt(2, offset);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
