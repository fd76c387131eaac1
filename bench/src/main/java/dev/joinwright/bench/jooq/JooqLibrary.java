package dev.joinwright.bench.jooq;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.DSL.unquotedName;

import dev.joinwright.bench.BenchDatabase;
import dev.joinwright.bench.Checksum;
import dev.joinwright.bench.DataSet;
import dev.joinwright.bench.Library;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Records;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * jOOQ 3.19: type-safe queries over table and field constants (what its code generator would
 * produce, written out), rows mapped to records with {@link Records#mapping}, to-many graphs as
 * one query per level grouped with {@code fetchGroups}, execute logging off as its manual's
 * performance section advises.
 */
public final class JooqLibrary implements Library {
    private static final Table<Record> AUTHOR = table(unquotedName("author"));
    private static final Field<Long> AUTHOR_ID = field(unquotedName("author", "id"), SQLDataType.BIGINT);
    private static final Field<String> AUTHOR_NAME = field(unquotedName("author", "name"), SQLDataType.VARCHAR);
    private static final Field<String> AUTHOR_COUNTRY = field(unquotedName("author", "country"), SQLDataType.VARCHAR);
    private static final Field<Integer> AUTHOR_BORN = field(unquotedName("author", "born"), SQLDataType.INTEGER);

    private static final Table<Record> BOOK = table(unquotedName("book"));
    private static final Field<Long> BOOK_ID = field(unquotedName("book", "id"), SQLDataType.BIGINT);
    private static final Field<String> BOOK_TITLE = field(unquotedName("book", "title"), SQLDataType.VARCHAR);
    private static final Field<Integer> BOOK_PAGES = field(unquotedName("book", "pages"), SQLDataType.INTEGER);
    private static final Field<Long> BOOK_AUTHOR_ID = field(unquotedName("book", "author_id"), SQLDataType.BIGINT);
    private static final Field<Long> BOOK_PUBLISHER_ID = field(unquotedName("book", "publisher_id"), SQLDataType.BIGINT);

    private static final Table<Record> TAG = table(unquotedName("tag"));
    private static final Field<Long> TAG_ID = field(unquotedName("tag", "id"), SQLDataType.BIGINT);
    private static final Field<String> TAG_NAME = field(unquotedName("tag", "name"), SQLDataType.VARCHAR);

    private static final Table<Record> BOOK_TAG = table(unquotedName("book_tag"));
    private static final Field<Long> BOOK_TAG_BOOK_ID = field(unquotedName("book_tag", "book_id"), SQLDataType.BIGINT);
    private static final Field<Long> BOOK_TAG_TAG_ID = field(unquotedName("book_tag", "tag_id"), SQLDataType.BIGINT);

    private static final Table<Record> PUBLISHER = table(unquotedName("publisher"));
    private static final Field<Long> PUBLISHER_ID = field(unquotedName("publisher", "id"), SQLDataType.BIGINT);
    private static final Field<String> PUBLISHER_NAME = field(unquotedName("publisher", "name"), SQLDataType.VARCHAR);

    private static final Table<Record> REVIEW = table(unquotedName("review"));
    private static final Field<Long> REVIEW_ID = field(unquotedName("review", "id"), SQLDataType.BIGINT);
    private static final Field<Long> REVIEW_BOOK_ID = field(unquotedName("review", "book_id"), SQLDataType.BIGINT);
    private static final Field<Integer> REVIEW_STARS = field(unquotedName("review", "stars"), SQLDataType.INTEGER);
    private static final Field<String> REVIEW_BODY = field(unquotedName("review", "body"), SQLDataType.VARCHAR);

    record JAuthor(long id, String name, String country, int born) {
        long checksum() {
            return Checksum.author(id, name, country, born);
        }
    }

    record JBook(long id, String title, int pages, long authorId, long publisherId) {
        long checksum() {
            return Checksum.book(id, title, pages, authorId, publisherId);
        }
    }

    record JTag(long id, String name) {}

    private final DSLContext ctx;

    public JooqLibrary(DataSource dataSource, BenchDatabase database) {
        SQLDialect dialect = database == BenchDatabase.H2 ? SQLDialect.H2 : SQLDialect.POSTGRES;
        this.ctx = DSL.using(dataSource, dialect, new Settings().withExecuteLogging(false).withRenderSchema(false));
    }

    private org.jooq.SelectJoinStep<org.jooq.Record5<Long, String, Integer, Long, Long>> selectBooks() {
        return ctx.select(BOOK_ID, BOOK_TITLE, BOOK_PAGES, BOOK_AUTHOR_ID, BOOK_PUBLISHER_ID).from(BOOK);
    }

    private List<JAuthor> authorPage(int offset, int limit) {
        return ctx.select(AUTHOR_ID, AUTHOR_NAME, AUTHOR_COUNTRY, AUTHOR_BORN).from(AUTHOR)
                .orderBy(AUTHOR_ID).limit(limit).offset(offset)
                .fetch(Records.mapping(JAuthor::new));
    }

    private List<JBook> bookPageRows(int offset) {
        return selectBooks().orderBy(BOOK_ID).limit(100).offset(offset).fetch(Records.mapping(JBook::new));
    }

    @Override
    public long findBook(long id) {
        JBook book = selectBooks().where(BOOK_ID.eq(id)).fetchOne(Records.mapping(JBook::new));
        return book.checksum();
    }

    @Override
    public long bookPage(int offset) {
        long sum = 0;
        for (JBook b : bookPageRows(offset)) {
            sum += b.checksum();
        }
        return sum;
    }

    record BookWithAuthor(JBook book, JAuthor author) {}

    @Override
    public long booksWithAuthor(int offset) {
        // The page first, as a derived table, then the join: the plan a careful SQL writer asks for.
        Table<?> b = selectBooks().orderBy(BOOK_ID).limit(100).offset(offset).asTable("b");
        Field<Long> bookId = b.field(BOOK_ID);
        Field<Long> bookAuthorId = b.field(BOOK_AUTHOR_ID);
        List<BookWithAuthor> rows = ctx.select(bookId, b.field(BOOK_TITLE), b.field(BOOK_PAGES), bookAuthorId,
                        b.field(BOOK_PUBLISHER_ID), AUTHOR_ID, AUTHOR_NAME, AUTHOR_COUNTRY, AUTHOR_BORN)
                .from(b).join(AUTHOR).on(AUTHOR_ID.eq(bookAuthorId))
                .orderBy(bookId)
                .fetch(Records.mapping((id, title, pages, authorId, publisherId, aId, name, country, born) ->
                        new BookWithAuthor(new JBook(id, title, pages, authorId, publisherId),
                                new JAuthor(aId, name, country, born))));
        long sum = 0;
        for (BookWithAuthor r : rows) {
            sum += r.book.checksum() + r.author.checksum();
        }
        return sum;
    }

    @Override
    public long authorWithBooks(long authorId) {
        JAuthor author = ctx.select(AUTHOR_ID, AUTHOR_NAME, AUTHOR_COUNTRY, AUTHOR_BORN).from(AUTHOR)
                .where(AUTHOR_ID.eq(authorId)).fetchOne(Records.mapping(JAuthor::new));
        List<JBook> books = selectBooks().where(BOOK_AUTHOR_ID.eq(authorId)).orderBy(BOOK_ID)
                .fetch(Records.mapping(JBook::new));
        long sum = author.checksum();
        for (JBook b : books) {
            sum += b.checksum() + Checksum.link(author.id, b.id);
        }
        return sum;
    }

    private Map<Long, List<JBook>> booksOf(List<JAuthor> authors) {
        List<Long> ids = new ArrayList<>(authors.size());
        for (JAuthor a : authors) {
            ids.add(a.id);
        }
        return selectBooks().where(BOOK_AUTHOR_ID.in(ids)).orderBy(BOOK_ID)
                .fetchGroups(BOOK_AUTHOR_ID, Records.mapping(JBook::new));
    }

    private Map<Long, List<JTag>> tagsOf(List<Long> bookIds) {
        return ctx.select(BOOK_TAG_BOOK_ID, TAG_ID, TAG_NAME).from(BOOK_TAG).join(TAG).on(TAG_ID.eq(BOOK_TAG_TAG_ID))
                .where(BOOK_TAG_BOOK_ID.in(bookIds))
                .fetchGroups(BOOK_TAG_BOOK_ID, r -> new JTag(r.value2(), r.value3()));
    }

    @Override
    public long authorsWithBooks(int offset) {
        List<JAuthor> authors = authorPage(offset, 100);
        Map<Long, List<JBook>> books = booksOf(authors);
        long sum = 0;
        for (JAuthor a : authors) {
            sum += a.checksum();
            for (JBook b : books.getOrDefault(a.id, List.of())) {
                sum += b.checksum() + Checksum.link(a.id, b.id);
            }
        }
        return sum;
    }

    @Override
    public long booksWithTags(int offset) {
        List<JBook> books = bookPageRows(offset);
        List<Long> ids = new ArrayList<>(books.size());
        for (JBook b : books) {
            ids.add(b.id);
        }
        Map<Long, List<JTag>> tags = tagsOf(ids);
        long sum = 0;
        for (JBook b : books) {
            sum += withTags(b, tags);
        }
        return sum;
    }

    private static long withTags(JBook b, Map<Long, List<JTag>> tags) {
        long sum = b.checksum();
        for (JTag t : tags.getOrDefault(b.id, List.of())) {
            sum += Checksum.tag(t.id, t.name) + Checksum.link(b.id, t.id);
        }
        return sum;
    }

    @Override
    public long authorsBooksTags(int offset) {
        List<JAuthor> authors = authorPage(offset, 20);
        Map<Long, List<JBook>> books = booksOf(authors);
        List<Long> bookIds = new ArrayList<>();
        for (List<JBook> list : books.values()) {
            for (JBook b : list) {
                bookIds.add(b.id);
            }
        }
        Map<Long, List<JTag>> tags = tagsOf(bookIds);
        long sum = 0;
        for (JAuthor a : authors) {
            sum += a.checksum();
            for (JBook b : books.getOrDefault(a.id, List.of())) {
                sum += withTags(b, tags) + Checksum.link(a.id, b.id);
            }
        }
        return sum;
    }

    @Override
    public long insertAuthor(String name, String country, int born) {
        return ctx.insertInto(AUTHOR, AUTHOR_NAME, AUTHOR_COUNTRY, AUTHOR_BORN).values(name, country, born)
                .returningResult(AUTHOR_ID).fetchOne().value1();
    }

    @Override
    public int insertAuthors(String prefix, int count) {
        BatchBindStep batch = ctx.batch(ctx.insertInto(AUTHOR, AUTHOR_NAME, AUTHOR_COUNTRY, AUTHOR_BORN)
                .values((String) null, null, null));
        for (int i = 0; i < count; i++) {
            batch.bind(prefix + i, "Batchland", 1950 + i % 50);
        }
        return batch.execute().length;
    }

    @Override
    public int updateBook(long id, String title, int pages, long authorId, long publisherId) {
        return ctx.update(BOOK).set(BOOK_TITLE, title).set(BOOK_PAGES, pages).set(BOOK_AUTHOR_ID, authorId)
                .set(BOOK_PUBLISHER_ID, publisherId).where(BOOK_ID.eq(id)).execute();
    }

    @Override
    public long booksOfPublisherByTitle(long publisherId, int page) {
        long sum = 0;
        for (JBook b : selectBooks().where(BOOK_PUBLISHER_ID.eq(publisherId)).orderBy(BOOK_TITLE)
                .limit(DataSet.PUBLISHER_PAGE).offset(page * DataSet.PUBLISHER_PAGE).fetch(Records.mapping(JBook::new))) {
            sum += b.checksum();
        }
        return sum;
    }

    @Override
    public long authorsWithBookTagged(String tagName) {
        long sum = 0;
        for (JAuthor a : ctx.select(AUTHOR_ID, AUTHOR_NAME, AUTHOR_COUNTRY, AUTHOR_BORN).from(AUTHOR)
                .where(AUTHOR_ID.in(DSL.select(BOOK_AUTHOR_ID).from(BOOK).join(BOOK_TAG).on(BOOK_TAG_BOOK_ID.eq(BOOK_ID))
                        .join(TAG).on(TAG_ID.eq(BOOK_TAG_TAG_ID)).where(TAG_NAME.eq(tagName))))
                .orderBy(AUTHOR_ID).fetch(Records.mapping(JAuthor::new))) {
            sum += a.checksum();
        }
        return sum;
    }

    @Override
    public long countBooksOfPublisher(long publisherId) {
        return ctx.fetchCount(BOOK, BOOK_PUBLISHER_ID.eq(publisherId));
    }

    record JPublisherStats(long id, String name, long books, long pages) {}

    @Override
    public long publisherStats(int minPages) {
        long sum = 0;
        for (JPublisherStats p : ctx.select(PUBLISHER_ID, PUBLISHER_NAME, DSL.count(BOOK_ID).cast(SQLDataType.BIGINT),
                        DSL.sum(BOOK_PAGES).cast(SQLDataType.BIGINT))
                .from(PUBLISHER).join(BOOK).on(BOOK_PUBLISHER_ID.eq(PUBLISHER_ID)).where(BOOK_PAGES.ge(minPages))
                .groupBy(PUBLISHER_ID, PUBLISHER_NAME).orderBy(PUBLISHER_ID)
                .fetch(Records.mapping(JPublisherStats::new))) {
            sum += Checksum.stats(p.id(), p.name(), p.books(), p.pages());
        }
        return sum;
    }

    /** {@code fetchStream()} with a fetch size, in a transaction (PostgreSQL streams only there). */
    @Override
    public long streamReviews() {
        return ctx.transactionResult(cfg -> {
            try (java.util.stream.Stream<org.jooq.Record4<Long, Long, Integer, String>> rows = cfg.dsl()
                    .select(REVIEW_ID, REVIEW_BOOK_ID, REVIEW_STARS, REVIEW_BODY).from(REVIEW).orderBy(REVIEW_ID)
                    .fetchSize(1000).fetchStream()) {
                return rows.mapToLong(r -> Checksum.review(r.value1(), r.value2(), r.value3(), r.value4())).sum();
            }
        });
    }

    @Override
    public void close() {}
}
