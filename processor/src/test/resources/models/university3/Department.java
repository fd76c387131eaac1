package edu;

import dev.joinwright.Entity;
import dev.joinwright.Id;
import dev.joinwright.Relationship;
import java.util.List;

@Entity
public interface Department {
    @Id long id();

    String name();

    @Relationship(backPopulates = "department")
    List<Course> courses();
}
