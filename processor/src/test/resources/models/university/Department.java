package university;

import dev.joinwright.Column;
import dev.joinwright.Entity;
import dev.joinwright.Id;
import dev.joinwright.Relationship;
import java.math.BigDecimal;
import java.util.List;

@Entity
public interface Department {
    @Id long id();

    @Column(unique = true) String code();

    String name();

    @Column(precision = 12, scale = 2) @Nullable BigDecimal budget();

    @Relationship(backPopulates = "department")
    List<Course> courses();
}
