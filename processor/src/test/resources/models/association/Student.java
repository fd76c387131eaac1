package association;

import dev.joinwright.Entity;
import dev.joinwright.Id;
import dev.joinwright.Relationship;
import java.util.List;
import java.util.UUID;

/** One side of the association object Enrollment. */
@Entity
public interface Student {
    @Id UUID id();

    String name();

    @Relationship(backPopulates = "student")
    List<Enrollment> enrollments();

    @Relationship(secondary = "enrollment", backPopulates = "students", orderBy = "title")
    List<Course> courses();

    @Relationship(secondary = "review", backPopulates = "reviewers")
    List<Course> reviewed();
}
