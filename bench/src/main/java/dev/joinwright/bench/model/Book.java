package dev.joinwright.bench.model;

import dev.joinwright.Column;
import dev.joinwright.Entity;
import dev.joinwright.ForeignKey;
import dev.joinwright.Id;
import dev.joinwright.Relationship;
import java.util.List;

/** A book: many-to-one to {@link Author} and {@link Publisher}, many-to-many to {@link Tag}. */
@Entity(table = "book")
public interface Book {
    @Id long id();

    @Column(length = 200) String title();

    int pages();

    @ForeignKey(Author.class) long authorId();

    @ForeignKey(Publisher.class) long publisherId();

    @Relationship(backPopulates = "books")
    Author author();

    @Relationship(backPopulates = "books")
    Publisher publisher();

    @Relationship(secondary = "book_tag", backPopulates = "books")
    List<Tag> tags();
}
