package dev.joinwright.bench.model;

import dev.joinwright.Column;
import dev.joinwright.Entity;
import dev.joinwright.Id;
import dev.joinwright.Relationship;
import java.util.List;

/** An author: the "one" side of {@link Book#author()}. */
@Entity(table = "author")
public interface Author {
    @Id long id();

    @Column(length = 100) String name();

    @Column(length = 60) String country();

    int born();

    @Relationship(backPopulates = "author")
    List<Book> books();
}
