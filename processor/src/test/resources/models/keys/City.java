package keys;

import dev.joinwright.Entity;
import dev.joinwright.ForeignKey;
import dev.joinwright.Id;
import dev.joinwright.Relationship;

/** An FK column that takes the referenced key's type (VARCHAR(2)), and a float column. */
@Entity
public interface City {
    @Id long id();

    String name();

    @ForeignKey(Country.class) String countryCode();

    float area();

    @Relationship(backPopulates = "cities")
    Country country();
}
