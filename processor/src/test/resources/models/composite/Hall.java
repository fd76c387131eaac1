package composite;

import dev.joinwright.Column;
import dev.joinwright.Entity;
import dev.joinwright.Id;
import dev.joinwright.Relationship;
import java.util.List;

/** A parent with a simple String key whose children are keyed by (hall, number). */
@Entity
public interface Hall {
    @Id @Column(length = 8) String code();

    String name();

    @Relationship(backPopulates = "hall")
    List<Seat> seats();
}
