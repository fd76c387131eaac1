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

    @Override
    void close();
}
