package dev.joinwright.bench.spring;

import dev.joinwright.bench.Checksum;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** The Author aggregate: its own root, referenced from books by key (Spring Data JDBC's DDD model). */
@Table("author")
public record SAuthor(@Id Long id, String name, String country, int born) {
    public SAuthor withId(Long id) {
        return new SAuthor(id, name, country, born);
    }

    long own() {
        return Checksum.author(id, name, country, born);
    }
}
