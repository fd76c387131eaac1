package oddnames;

import dev.joinwright.Entity;
import dev.joinwright.ForeignKey;
import dev.joinwright.Id;
import dev.joinwright.Relationship;

/** Holds one of two nested entities named Item. */
public interface A {
    @Entity(table = "a_item")
    interface Item {
        @Id long id();

        @ForeignKey(Key.class) long ownerId();

        @Relationship(backPopulates = "items")
        Key owner();
    }
}
