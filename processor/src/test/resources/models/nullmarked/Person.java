package nullmarked;

import dev.joinwright.Entity;
import dev.joinwright.ForeignKey;
import dev.joinwright.Id;
import dev.joinwright.Relationship;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A person, with a nullable column and a nullable FK. */
@Entity
public interface Person {
    @Id long id();

    String name();

    @Nullable String nickname();

    @ForeignKey(Team.class) @Nullable Long teamId();

    @Relationship(backPopulates = "people")
    Optional<Team> team();
}
