package dev.joinwright.it.blog;

import dev.joinwright.Column;
import dev.joinwright.Entity;
import dev.joinwright.Id;
import dev.joinwright.Relationship;
import java.util.List;

/** The blog of SPEC section 3: a user owns content. */
@Entity(table = "users")
public interface User {
    @Id long id();

    @Column(length = 120, unique = true) String email();

    String name();

    @Nullable String bio();

    @Relationship(backPopulates = "owner")
    List<Content> content();
}
