package composite;

import dev.joinwright.Entity;
import dev.joinwright.ForeignKey;
import dev.joinwright.Id;
import dev.joinwright.ReferentialAction;
import dev.joinwright.Relationship;
import java.util.List;
import java.util.Optional;

/**
 * A composite primary key (hall_code, number) whose first part is an FK: no index of its own
 * (it leads the key), while the nullable FK to the holder gets one.
 */
@Entity
public interface Seat {
    @Id @ForeignKey(value = Hall.class, onDelete = ReferentialAction.CASCADE) String hallCode();

    @Id int number();

    String label();

    @Nullable @ForeignKey(Holder.class) Long holderId();

    @Relationship(backPopulates = "seats")
    Hall hall();

    @Relationship
    Optional<Holder> holder();

    @Relationship(backPopulates = "seat")
    List<Booking> bookings();
}
