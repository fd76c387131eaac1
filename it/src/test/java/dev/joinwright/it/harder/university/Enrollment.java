package dev.joinwright.it.harder.university;

import dev.joinwright.Column;
import dev.joinwright.Entity;
import dev.joinwright.ForeignKey;
import dev.joinwright.Id;
import dev.joinwright.ReferentialAction;
import dev.joinwright.Relationship;
import dev.joinwright.it.harder.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The association object of {@code Student.courses} / {@code Course.students} (SPEC section 10):
 * the many-to-many goes through this entity's table, which carries a grade and a date.
 */
@Entity
public interface Enrollment {
    @Id @ForeignKey(value = Student.class, onDelete = ReferentialAction.CASCADE) long studentId();

    @Id @ForeignKey(value = Course.class, onDelete = ReferentialAction.CASCADE) long courseId();

    @Column(precision = 3, scale = 1) @Nullable BigDecimal grade();

    @Column(defaultValue = "CURRENT_DATE") LocalDate enrolledOn();

    @Relationship(backPopulates = "enrollments")
    Student student();

    @Relationship(backPopulates = "enrollments")
    Course course();
}
