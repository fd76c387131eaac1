package edu;

import dev.joinwright.Column;
import dev.joinwright.Entity;
import dev.joinwright.Id;
import dev.joinwright.Relationship;
import java.util.List;

@Entity
public interface Course {
    @Id long id();

    @Column(length = 16) String code();

    String title();

    @Nullable String room();

    @Relationship(secondary = "enrollment", backPopulates = "courses")
    List<Student> students();
}
