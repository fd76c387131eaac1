package composite;

import dev.joinwright.Entity;
import dev.joinwright.Id;

/** A generated-key entity a composite-keyed row references through a nullable FK. */
@Entity
public interface Holder {
    @Id long id();

    String name();
}
