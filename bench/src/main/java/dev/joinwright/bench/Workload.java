package dev.joinwright.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The workloads, each a function of an invocation counter so that successive calls touch
 * different rows (and the check can replay the same calls on every implementation).
 */
public enum Workload {
    findById(true) {
        @Override
        public long run(Library lib, int i) {
            return lib.findBook(i % DataSet.BOOKS + 1);
        }
    },
    page100(true) {
        @Override
        public long run(Library lib, int i) {
            return lib.bookPage(i % (DataSet.BOOKS / 100) * 100);
        }
    },
    booksWithAuthor(true) {
        @Override
        public long run(Library lib, int i) {
            return lib.booksWithAuthor(i % (DataSet.BOOKS / 100) * 100);
        }
    },
    authorWithBooks(true) {
        @Override
        public long run(Library lib, int i) {
            return lib.authorWithBooks(i % DataSet.AUTHORS + 1);
        }
    },
    authorsWithBooks(true) {
        @Override
        public long run(Library lib, int i) {
            return lib.authorsWithBooks(i % (DataSet.AUTHORS / 100) * 100);
        }
    },
    booksWithTags(true) {
        @Override
        public long run(Library lib, int i) {
            return lib.booksWithTags(i % (DataSet.BOOKS / 100) * 100);
        }
    },
    authorsBooksTags(true) {
        @Override
        public long run(Library lib, int i) {
            return lib.authorsBooksTags(i % (DataSet.AUTHORS / 20) * 20);
        }
    },
    insert(false) {
        @Override
        public long run(Library lib, int i) {
            return lib.insertAuthor("New author " + (i & 1023), "Iceland", 1970 + (i & 31));
        }

        @Override
        long observe(DataSource ds, Library lib, int i, long result) throws SQLException {
            // The generated key must name the row just written, with what was written.
            return result <= DataSet.AUTHORS ? -1
                    : query(ds, "SELECT 0, name, country, born FROM author WHERE id = " + result, rs ->
                            Checksum.author(0, rs.getString(2), rs.getString(3), rs.getInt(4)));
        }
    },
    batchInsert1000(false) {
        @Override
        public long run(Library lib, int i) {
            return lib.insertAuthors("Batch " + i + " of ", 1000);
        }

        @Override
        long observe(DataSource ds, Library lib, int i, long result) throws SQLException {
            return result * 1_000_000 + query(ds, "SELECT COUNT(*), SUM(born) FROM author WHERE name LIKE 'Batch "
                    + i + " of %'", rs -> rs.getLong(1) * 100_000 + rs.getLong(2));
        }
    },
    updateById(false) {
        @Override
        public long run(Library lib, int i) {
            long id = i % DataSet.BOOKS + 1;
            return lib.updateBook(id, "Revised " + (i & 255), 100 + (i & 511), id % DataSet.AUTHORS + 1,
                    id % DataSet.PUBLISHERS + 1);
        }

        @Override
        long observe(DataSource ds, Library lib, int i, long result) throws SQLException {
            return result + query(ds, "SELECT id, title, pages, author_id, publisher_id FROM book WHERE id = "
                    + (i % DataSet.BOOKS + 1), rs -> Checksum.book(rs.getLong(1), rs.getString(2), rs.getInt(3),
                            rs.getLong(4), rs.getLong(5)));
        }
    },

    // The query paths (issue 10): reads, run by QueryBenchmark.
    /** Page 0-4 of a publisher's 250 books, 50 by title, publisher by call. */
    booksOfPublisherByTitle(true) {
        @Override
        public long run(Library lib, int i) {
            return lib.booksOfPublisherByTitle(i % DataSet.PUBLISHERS + 1, i / DataSet.PUBLISHERS % 5);
        }
    },
    /** Authors with a book tagged tag-k (about 300 of them), tag by call. */
    authorsWithBookTagged(true) {
        @Override
        public long run(Library lib, int i) {
            return lib.authorsWithBookTagged(DataSet.TAG_NAMES[i % DataSet.TAGS]);
        }
    },
    countByPublisher(true) {
        @Override
        public long run(Library lib, int i) {
            return lib.countBooksOfPublisher(i % DataSet.PUBLISHERS + 1);
        }
    },
    /**
     * 20 rows: publisher id, name, count of books, sum of pages. The minimum (0 or 1: every book has 80
     * pages or more) changes with each call, so that H2 cannot hand back the cached result of the
     * previous identical execution, which it does for a statement whose parameters and tables are
     * unchanged.
     */
    publisherStats(true) {
        @Override
        public long run(Library lib, int i) {
            return lib.publisherStats(i & 1);
        }
    },
    stream100k(true) {
        @Override
        public long run(Library lib, int i) {
            return lib.streamReviews();
        }

        @Override
        public boolean needsReviews() {
            return true;
        }
    };

    private final boolean read;

    Workload(boolean read) {
        this.read = read;
    }

    public boolean isRead() {
        return read;
    }

    /** Whether the data set must include the 100,000 reviews. */
    public boolean needsReviews() {
        return false;
    }

    /** The query-path workloads (issue 10), run by {@code QueryBenchmark}. */
    public boolean isQuery() {
        return ordinal() >= booksOfPublisherByTitle.ordinal();
    }

    public abstract long run(Library lib, int i);

    /**
     * What the check compares for call {@code i} that returned {@code result}: for reads the
     * checksum itself, for writes what the database holds afterwards.
     */
    long observe(DataSource ds, Library lib, int i, long result) throws SQLException {
        return result;
    }

    interface RowReader {
        long read(ResultSet rs) throws SQLException;
    }

    static long query(DataSource ds, String sql, RowReader reader) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            return rs.next() ? reader.read(rs) : -2;
        }
    }
}
