package dev.joinwright.bench.model;

import dev.joinwright.Column;
import dev.joinwright.Entity;
import dev.joinwright.Id;
import dev.joinwright.Relationship;
import java.util.List;

/** A publisher: the second many-to-one of {@link Book}. */
@Entity(table = "publisher")
public interface Publisher {
    @Id long id();

    @Column(length = 100) String name();

    @Relationship(backPopulates = "publisher")
    List<Book> books();
}
