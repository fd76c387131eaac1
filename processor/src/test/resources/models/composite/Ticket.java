package composite;

import dev.joinwright.Entity;
import dev.joinwright.ForeignKey;
import dev.joinwright.Id;
import dev.joinwright.Relationship;
import java.util.Optional;

/** A nullable composite FK: a ticket may have no seat yet (a NULL part references nothing). */
@Entity
public interface Ticket {
    @Id long id();

    @Nullable @ForeignKey(value = Seat.class, column = "hall_code") String hall();

    @Nullable @ForeignKey(value = Seat.class, column = "number") Integer seat();

    @Relationship
    Optional<Seat> place();
}
