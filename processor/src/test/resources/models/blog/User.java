package blog;

import dev.joinwright.Column;
import dev.joinwright.Entity;
import dev.joinwright.Id;
import dev.joinwright.Relationship;
import java.util.List;

@Entity(table = "users")
public interface User {
    @Id long id();

    @Column(length = 120, unique = true) String email();

    String name();

    @Nullable String bio();

    @Relationship(backPopulates = "owner")
    List<Content> content();
}
