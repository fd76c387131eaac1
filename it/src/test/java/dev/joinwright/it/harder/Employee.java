package dev.joinwright.it.harder;

import dev.joinwright.Entity;
import dev.joinwright.ForeignKey;
import dev.joinwright.Id;
import dev.joinwright.Relationship;
import java.util.List;
import java.util.Optional;

/**
 * A self-reference (manager / reports), one side of a two-table FK cycle with Department, and the
 * parent side of a one-to-one with Passport.
 */
@Entity
public interface Employee {
    @Id long id();

    String name();

    @ForeignKey(Employee.class)
    @Nullable Long managerId();

    @ForeignKey(Department.class)
    long departmentId();

    @Relationship(foreignKey = "managerId", backPopulates = "reports")
    Optional<Employee> manager();

    @Relationship(foreignKey = "managerId", backPopulates = "manager", orderBy = "name")
    List<Employee> reports();

    @Relationship(backPopulates = "employees")
    Department department();

    @Relationship(backPopulates = "employee")
    Optional<Passport> passport();
}
