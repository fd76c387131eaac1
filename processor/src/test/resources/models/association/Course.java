package association;

import dev.joinwright.Column;
import dev.joinwright.Entity;
import dev.joinwright.Id;
import dev.joinwright.Relationship;
import java.util.List;

/** The other side of the association object Enrollment. */
@Entity
public interface Course {
    @Id @Column(length = 16) String code();

    String title();

    @Relationship(backPopulates = "course")
    List<Enrollment> enrollments();

    @Relationship(secondary = "enrollment", backPopulates = "courses", orderBy = "name")
    List<Student> students();

    @Relationship(secondary = "review", backPopulates = "reviewed")
    List<Student> reviewers();
}
