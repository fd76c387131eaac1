package association;

import dev.joinwright.Entity;
import dev.joinwright.ForeignKey;
import dev.joinwright.Id;
import java.util.UUID;

/**
 * An association object with a NOT NULL column of its own: the many-to-many through it is
 * read-only (SQLAlchemy's viewonly); rows are written as Reviews.
 */
@Entity
public interface Review {
    @Id @ForeignKey(Course.class) String courseCode();

    @Id @ForeignKey(Student.class) UUID studentId();

    int stars();
}
