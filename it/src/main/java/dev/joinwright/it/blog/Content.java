package dev.joinwright.it.blog;

import dev.joinwright.Entity;
import dev.joinwright.ForeignKey;
import dev.joinwright.Id;
import dev.joinwright.ReferentialAction;
import dev.joinwright.Relationship;
import java.util.List;

/** A post: owned by a user (deleted with it), tagged many-to-many. */
@Entity(table = "content")
public interface Content {
    @Id long id();

    String title();

    @ForeignKey(value = User.class, onDelete = ReferentialAction.CASCADE)
    long ownerId();

    @Relationship(backPopulates = "content")
    User owner();

    @Relationship(secondary = "content_tags", backPopulates = "content")
    List<Tag> tags();
}
