package oddnames;

import dev.joinwright.Entity;
import dev.joinwright.ForeignKey;
import dev.joinwright.Id;
import dev.joinwright.Relationship;

/** Holds the other of two nested entities named Item. */
public interface B {
    @Entity(table = "b_item")
    interface Item {
        @Id long id();

        @ForeignKey(Key.class) long ownerId();

        @Relationship(backPopulates = "Items")
        Key owner();
    }
}
