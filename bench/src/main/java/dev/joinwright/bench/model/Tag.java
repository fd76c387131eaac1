package dev.joinwright.bench.model;

import dev.joinwright.Column;
import dev.joinwright.Entity;
import dev.joinwright.Id;
import dev.joinwright.Relationship;
import java.util.List;

/** A tag: the other side of the many-to-many {@link Book#tags()}, through {@code book_tag}. */
@Entity(table = "tag")
public interface Tag {
    @Id long id();

    @Column(length = 60, unique = true) String name();

    @Relationship(secondary = "book_tag", backPopulates = "tags")
    List<Book> books();
}
