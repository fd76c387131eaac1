package edu;

import dev.joinwright.Column;
import dev.joinwright.Entity;
import dev.joinwright.Id;
import dev.joinwright.Relationship;
import java.util.List;

@Entity(table = "pupil", renamedFrom = "student")
public interface Student {
    @Id long id();

    @Column(length = 100) String name();

    @Column(length = 200, unique = true, renamedFrom = "mail") String email();

    @Nullable String preferredName();

    @Relationship(secondary = "enrollment", backPopulates = "students")
    List<Course> courses();
}
