package dev.joinwright.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The deterministic data every benchmark reads: 1,000 authors with 5 books each, 20 publishers,
 * 50 tags, 3 tags per book. Rows are inserted in key order into fresh tables, so ids run from 1.
 */
public final class DataSet {
    public static final int AUTHORS = 1_000;
    public static final int BOOKS_PER_AUTHOR = 5;
    public static final int BOOKS = AUTHORS * BOOKS_PER_AUTHOR;
    public static final int PUBLISHERS = 20;
    public static final int TAGS = 50;
    public static final int[] TAG_OFFSETS = {0, 17, 33};
    /** Every tag's name, by id − 1 (built once, not inside a measured call). */
    public static final String[] TAG_NAMES = new String[TAGS];

    static {
        for (int i = 0; i < TAGS; i++) {
            TAG_NAMES[i] = "tag-" + i + "y".repeat(i % 7);
        }
    }

    /** The streaming workload's table, loaded only for it ({@link #loadReviews}): 20 reviews per book. */
    public static final int REVIEWS = 100_000;
    /** The publishers' page size of {@code booksOfPublisherByTitle}. */
    public static final int PUBLISHER_PAGE = 50;

    private DataSet() {}

    static void load(Connection c) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            batch(c, "INSERT INTO author (name, country, born) VALUES (?, ?, ?)", AUTHORS, (ps, i) -> {
                ps.setString(1, "Author " + i + "x".repeat(i % 13));
                ps.setString(2, COUNTRIES[i % COUNTRIES.length]);
                ps.setInt(3, 1900 + i % 100);
            });
            batch(c, "INSERT INTO publisher (name) VALUES (?)", PUBLISHERS, (ps, i) -> ps.setString(1, "Publisher " + i));
            batch(c, "INSERT INTO tag (name) VALUES (?)", TAGS, (ps, i) -> ps.setString(1, TAG_NAMES[i]));
            batch(c, "INSERT INTO book (title, pages, author_id, publisher_id) VALUES (?, ?, ?, ?)", BOOKS, (ps, i) -> {
                ps.setString(1, "Book " + i + " " + "z".repeat(i % 29));
                ps.setInt(2, 80 + i * 7 % 900);
                ps.setLong(3, i / BOOKS_PER_AUTHOR + 1);
                ps.setLong(4, i % PUBLISHERS + 1);
            });
            batch(c, "INSERT INTO book_tag (book_id, tag_id) VALUES (?, ?)", BOOKS * TAG_OFFSETS.length, (ps, i) -> {
                int book = i / TAG_OFFSETS.length;
                ps.setLong(1, book + 1);
                ps.setLong(2, (book + TAG_OFFSETS[i % TAG_OFFSETS.length]) % TAGS + 1);
            });
            c.commit();
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /** The 100,000 reviews, in key order. */
    static void loadReviews(Connection c) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            batch(c, "INSERT INTO review (book_id, stars, body) VALUES (?, ?, ?)", REVIEWS, (ps, i) -> {
                ps.setLong(1, i % BOOKS + 1);
                ps.setInt(2, 1 + i % 5);
                ps.setString(3, "Review " + i + " " + "w".repeat(i % 41));
            });
            c.commit();
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    private static final String[] COUNTRIES = {"Ireland", "Nigeria", "Japan", "Chile", "Norway", "India"};

    private interface Row {
        void bind(PreparedStatement ps, int i) throws SQLException;
    }

    private static void batch(Connection c, String sql, int rows, Row row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < rows; i++) {
                row.bind(ps, i);
                ps.addBatch();
                if (i % 1000 == 999) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }
}
