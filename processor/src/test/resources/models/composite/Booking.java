package composite;

import dev.joinwright.Entity;
import dev.joinwright.ForeignKey;
import dev.joinwright.Id;
import dev.joinwright.ReferentialAction;
import dev.joinwright.Relationship;

/**
 * A composite FK: two accessors that reference Seat's (hall_code, number), declared in the other
 * order, form one constraint ordered by Seat's key, with one index over both columns.
 */
@Entity
public interface Booking {
    @Id long id();

    String customer();

    @ForeignKey(value = Seat.class, column = "number", onDelete = ReferentialAction.CASCADE)
    int seatNumber();

    @ForeignKey(value = Seat.class, column = "hall_code", onDelete = ReferentialAction.CASCADE)
    String seatHall();

    @Relationship(backPopulates = "bookings")
    Seat seat();
}
