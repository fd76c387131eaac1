package dev.joinwright.bench.micronaut;

import dev.joinwright.bench.Checksum;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Relation;
import java.util.ArrayList;
import java.util.List;

/**
 * Micronaut Data's mapping of {@code author}; the books as a one-to-many relation loaded only where a
 * repository method says {@code @Join("books")}. A bean with a no-argument constructor, not a record:
 * Micronaut Data builds the key-only author of a book read without {@code @Join("author")} only for a
 * class it can instantiate without its other columns. Unquoted names ({@code escape = false}): the
 * tables were created unquoted, as by the other peers.
 */
@MappedEntity(value = "author", escape = false)
public class MAuthor {
    @Id
    @GeneratedValue
    private Long id;
    private String name;
    private String country;
    private int born;

    @Relation(value = Relation.Kind.ONE_TO_MANY, mappedBy = "author")
    private List<MBook> books = new ArrayList<>();

    public MAuthor() {}

    static MAuthor of(String name, String country, int born) {
        MAuthor a = new MAuthor();
        a.name = name;
        a.country = country;
        a.born = born;
        return a;
    }

    /** The reference a book's author column holds: the key only. */
    static MAuthor reference(long id) {
        MAuthor a = new MAuthor();
        a.id = id;
        return a;
    }

    public @Nullable Long getId() {
        return id;
    }

    public void setId(@Nullable Long id) {
        this.id = id;
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public @Nullable String getCountry() {
        return country;
    }

    public void setCountry(@Nullable String country) {
        this.country = country;
    }

    public int getBorn() {
        return born;
    }

    public void setBorn(int born) {
        this.born = born;
    }

    public List<MBook> getBooks() {
        return books;
    }

    public void setBooks(List<MBook> books) {
        this.books = books;
    }

    long own() {
        return Checksum.author(id, name, country, born);
    }

    long withBooks() {
        long sum = own();
        for (MBook b : books) {
            sum += b.own() + Checksum.link(id, b.getId());
        }
        return sum;
    }

    long withBooksAndTags() {
        long sum = own();
        for (MBook b : books) {
            sum += b.withTags() + Checksum.link(id, b.getId());
        }
        return sum;
    }
}
