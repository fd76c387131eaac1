package lib;

import dev.joinwright.Entity;
import dev.joinwright.Id;

@Entity
public interface Author {
    @Id long id();

    String name();
}
