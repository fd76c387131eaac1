package dev.joinwright.sample;

import dev.joinwright.Entity;
import dev.joinwright.ForeignKey;
import dev.joinwright.Id;
import dev.joinwright.ReferentialAction;
import dev.joinwright.Relationship;
import java.util.List;

/** A blog post. */
@Entity(table = "content")
public interface Content {
    @Id long id();

    String title();

    @ForeignKey(value = User.class, onDelete = ReferentialAction.CASCADE)
    long ownerId();                                  // column owner_id -> users(id)

    @Relationship(backPopulates = "content")
    User owner();                                    // many-to-one, via ownerId

    @Relationship(secondary = "content_tags", backPopulates = "content")
    List<Tag> tags();                                // many-to-many
}
