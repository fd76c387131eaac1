package dev.joinwright.it.harder.university;

import dev.joinwright.Queries;
import java.math.BigDecimal;
import java.util.List;

@Queries(Department.class)
public interface DepartmentQueries {
    List<Department> findByCoursesCreditsGreaterThan(int credits);

    List<Department> findByOrderByBudgetAsc();

    List<Department> findByOrderByBudgetDesc();

    List<Department> findByBudget(BigDecimal budget);
}
