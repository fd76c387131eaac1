package dev.joinwright.bench;

/**
 * The workloads, once per implementation. Every read returns the {@link Checksum} of what it
 * loaded, so the benchmarks consume the whole answer and the set-up can compare implementations.
 * Each implementation materializes complete objects, the way its users would.
 */
public interface Library extends AutoCloseable {
    /** One book by primary key. */
    long findBook(long id);

    /** 100 books ordered by id, from {@code offset}. */
    long bookPage(int offset);

    /** 100 books ordered by id, each with its author (many-to-one). */
    long booksWithAuthor(int offset);

    /** One author with all their books (one-to-many). */
    long authorWithBooks(long authorId);

    /** 100 authors ordered by id, each with their books. */
    long authorsWithBooks(int offset);

    /** 100 books ordered by id, each with its tags (many-to-many through book_tag). */
    long booksWithTags(int offset);

    /** 20 authors ordered by id → their books → the books' tags. */
    long authorsBooksTags(int offset);

    /** Inserts one author and returns the generated key. */
    long insertAuthor(String name, String country, int born);

    /** Inserts {@code count} authors {@code prefix + i} in one batch; returns how many. */
    int insertAuthors(String prefix, int count);

    /** Writes every column of one book by id (as an entity update does); returns rows changed (1). */
    int updateBook(long id, String title, int pages, long authorId, long publisherId);

    // The query paths of issue 10. A library that cannot express one idiomatically keeps the default,
    // and Libraries.notApplicable says why (the benchmark then does not run that cell).

    /** Page {@code page} (50 rows) of the books of one publisher ordered by title: a derived finder with a predicate and an order. */
    default long booksOfPublisherByTitle(long publisherId, int page) {
        throw new UnsupportedOperationException();
    }

    /** Every author with at least one book tagged {@code tagName}, by id, each once: a path through two to-many hops. */
    default long authorsWithBookTagged(String tagName) {
        throw new UnsupportedOperationException();
    }

    /** How many books one publisher has: a {@code count…By}. */
    default long countBooksOfPublisher(long publisherId) {
        throw new UnsupportedOperationException();
    }

    /**
     * Per publisher (by id): its name, how many of its books have at least {@code minPages} pages and
     * their pages in total: a grouped query into a projection.
     */
    default long publisherStats(int minPages) {
        throw new UnsupportedOperationException();
    }

    /** Every review (100,000 rows) in key order, streamed over an open cursor, never all in memory. */
    default long streamReviews() {
        throw new UnsupportedOperationException();
    }

    @Override
    void close();
}
