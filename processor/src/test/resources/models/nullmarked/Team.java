package nullmarked;

import dev.joinwright.Entity;
import dev.joinwright.Id;
import dev.joinwright.Relationship;
import java.util.List;

/** A team of people. */
@Entity
public interface Team {
    @Id long id();

    String name();

    @Relationship(backPopulates = "team")
    List<Person> people();
}
