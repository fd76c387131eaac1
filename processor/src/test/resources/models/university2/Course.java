package edu;

import dev.joinwright.Column;
import dev.joinwright.Entity;
import dev.joinwright.ForeignKey;
import dev.joinwright.Id;
import dev.joinwright.ReferentialAction;
import dev.joinwright.Relationship;
import java.util.List;
import java.util.Optional;

@Entity
public interface Course {
    @Id long id();

    @Column(length = 16) String code();

    String title();

    @Nullable String room();

    @Column(defaultValue = "30") int maxSeats();

    @Nullable @ForeignKey(value = Department.class, onDelete = ReferentialAction.SET_NULL) Long departmentId();

    @Relationship(backPopulates = "courses")
    Optional<Department> department();

    @Relationship(secondary = "enrollment", backPopulates = "courses")
    List<Student> students();
}
