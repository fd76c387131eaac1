package edu;

import dev.joinwright.Column;
import dev.joinwright.Entity;
import dev.joinwright.Id;
import dev.joinwright.Relationship;
import java.util.List;

@Entity
public interface Student {
    @Id long id();

    @Column(length = 100) String name();

    @Column(length = 120, unique = true) String mail();

    @Relationship(secondary = "enrollment", backPopulates = "students")
    List<Course> courses();
}
