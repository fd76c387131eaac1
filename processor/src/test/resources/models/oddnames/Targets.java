package oddnames;

import dev.joinwright.Entity;
import dev.joinwright.Id;
import dev.joinwright.Relationship;
import java.util.List;

/** An entity named like the link methods' parameter, with a byte[] column h. */
@Entity
public interface Targets {
    @Id long id();

    byte[] h();

    @Relationship(secondary = "targets_keys", backPopulates = "count")
    List<Key> findAll();
}
