package dev.joinwright.bench.hibernate;

import jakarta.persistence.Column;
import dev.joinwright.bench.Checksum;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The JPA mirror of {@code Book}: to-one associations LAZY, as Hibernate's documentation
 * recommends for every association, plus the FK columns as read-only basic attributes.
 */
@Entity
@Table(name = "book")
public class HBook {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    String title;
    int pages;

    @Column(name = "author_id", insertable = false, updatable = false)
    long authorId;

    @Column(name = "publisher_id", insertable = false, updatable = false)
    long publisherId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    HAuthor author;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "publisher_id")
    HPublisher publisher;

    @ManyToMany
    @JoinTable(name = "book_tag", joinColumns = @JoinColumn(name = "book_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    Set<HTag> tags = new LinkedHashSet<>();

    public static HBook detached(long id, String title, int pages, HAuthor author, HPublisher publisher) {
        HBook book = new HBook();
        book.id = id;
        book.title = title;
        book.pages = pages;
        book.author = author;
        book.publisher = publisher;
        return book;
    }

    public long id() {
        return id;
    }

    public long own() {
        return Checksum.book(id, title, pages, authorId, publisherId);
    }

    public long withAuthor() {
        return own() + author.own();
    }

    public long withTags() {
        long sum = own();
        for (HTag t : tags) {
            sum += t.own() + Checksum.link(id, t.id());
        }
        return sum;
    }
}
