package keys;

import dev.joinwright.Column;
import dev.joinwright.Entity;
import dev.joinwright.Id;
import dev.joinwright.Relationship;
import java.util.List;

/** A String key: compared case-sensitively by every database, MySQL/MariaDB included (utf8mb4_bin). */
@Entity
public interface Country {
    @Id @Column(length = 2) String code();

    String name();

    @Relationship(backPopulates = "country")
    List<City> cities();
}
