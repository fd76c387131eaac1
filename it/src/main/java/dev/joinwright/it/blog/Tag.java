package dev.joinwright.it.blog;

import dev.joinwright.Column;
import dev.joinwright.Entity;
import dev.joinwright.Id;
import dev.joinwright.Relationship;
import java.util.List;

/** A tag, unique by name, on many pieces of content. */
@Entity(table = "tags")
public interface Tag {
    @Id long id();

    @Column(unique = true) String name();

    @Relationship(secondary = "content_tags", backPopulates = "tags")
    List<Content> content();
}
