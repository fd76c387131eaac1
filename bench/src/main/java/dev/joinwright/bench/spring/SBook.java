package dev.joinwright.bench.spring;

import dev.joinwright.bench.Checksum;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The Book aggregate: book's own columns, the author and publisher aggregates by key. (Spring Data
 * JDBC has no navigable reference between aggregates.)
 */
@Table("book")
public record SBook(@Id Long id, String title, int pages, long authorId, long publisherId) {
    public SBook withId(Long id) {
        return new SBook(id, title, pages, authorId, publisherId);
    }

    long own() {
        return Checksum.book(id, title, pages, authorId, publisherId);
    }
}
