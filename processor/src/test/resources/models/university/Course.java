package university;

import dev.joinwright.Column;
import dev.joinwright.Entity;
import dev.joinwright.ForeignKey;
import dev.joinwright.Id;
import dev.joinwright.Relationship;
import java.util.List;

@Entity
public interface Course {
    @Id long id();

    @Column(unique = true) String code();

    String title();

    int credits();

    @ForeignKey(Department.class) long departmentId();

    @Relationship(backPopulates = "courses")
    Department department();

    @Relationship(secondary = "enrollment", backPopulates = "courses")
    List<Student> students();
}
