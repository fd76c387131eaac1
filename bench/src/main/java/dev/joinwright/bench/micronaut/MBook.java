package dev.joinwright.bench.micronaut;

import dev.joinwright.bench.Checksum;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Relation;
import io.micronaut.data.annotation.sql.JoinColumn;
import io.micronaut.data.annotation.sql.JoinTable;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Micronaut Data's mapping of {@code book}: many-to-one author and publisher (columns
 * {@code author_id}, {@code publisher_id}; without a join only their keys are set), many-to-many tags
 * through {@code book_tag}.
 */
@MappedEntity(value = "book", escape = false)
public class MBook {
    @Id
    @GeneratedValue
    private Long id;
    private String title;
    private int pages;

    @Relation(Relation.Kind.MANY_TO_ONE)
    private MAuthor author;

    @Relation(Relation.Kind.MANY_TO_ONE)
    private MPublisher publisher;

    @Relation(Relation.Kind.MANY_TO_MANY)
    @JoinTable(name = "book_tag", joinColumns = @JoinColumn(name = "book_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    private Set<MTag> tags = new LinkedHashSet<>();

    public MBook() {}

    static MBook of(long id, String title, int pages, long authorId, long publisherId) {
        MBook b = new MBook();
        b.id = id;
        b.title = title;
        b.pages = pages;
        b.author = MAuthor.reference(authorId);
        b.publisher = MPublisher.reference(publisherId);
        return b;
    }

    public @Nullable Long getId() {
        return id;
    }

    public void setId(@Nullable Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public int getPages() {
        return pages;
    }

    public void setPages(int pages) {
        this.pages = pages;
    }

    public MAuthor getAuthor() {
        return author;
    }

    public void setAuthor(MAuthor author) {
        this.author = author;
    }

    public MPublisher getPublisher() {
        return publisher;
    }

    public void setPublisher(MPublisher publisher) {
        this.publisher = publisher;
    }

    public Set<MTag> getTags() {
        return tags;
    }

    public void setTags(Set<MTag> tags) {
        this.tags = tags;
    }

    long own() {
        return Checksum.book(id, title, pages, author.getId(), publisher.getId());
    }

    long withAuthor() {
        return own() + author.own();
    }

    long withTags() {
        long sum = own();
        for (MTag t : tags) {
            sum += Checksum.tag(t.getId(), t.getName()) + Checksum.link(id, t.getId());
        }
        return sum;
    }
}
