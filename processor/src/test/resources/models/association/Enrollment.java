package association;

import dev.joinwright.Column;
import dev.joinwright.Entity;
import dev.joinwright.ForeignKey;
import dev.joinwright.Id;
import dev.joinwright.ReferentialAction;
import dev.joinwright.Relationship;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * SQLAlchemy's association object: the link table of Student.courses / Course.students is this
 * entity's table, keyed by its two FKs, carrying data of its own. Every other column is nullable
 * or has a default, so linking (which writes only the two keys) can create a row.
 */
@Entity
public interface Enrollment {
    @Id @ForeignKey(value = Student.class, onDelete = ReferentialAction.CASCADE) UUID studentId();

    @Id @ForeignKey(value = Course.class, onDelete = ReferentialAction.CASCADE) String courseCode();

    @Nullable BigDecimal grade();

    @Column(defaultValue = "CURRENT_DATE") LocalDate enrolledOn();

    @Relationship(backPopulates = "enrollments")
    Student student();

    @Relationship(backPopulates = "enrollments")
    Course course();
}
