package dev.joinwright.it.harder.university;

import dev.joinwright.Queries;
import java.math.BigDecimal;
import java.util.List;

@Queries(Course.class)
public interface CourseQueries {
    List<Course> findByStudentsLastName(String lastName);

    List<Course> findByDepartmentBudgetGreaterThan(BigDecimal budget);

    List<Course> findByDepartment_CodeOrderByCreditsDesc(String code);
}
