package dev.joinwright.it.harder;

import dev.joinwright.Entity;
import dev.joinwright.ForeignKey;
import dev.joinwright.Id;
import dev.joinwright.ReferentialAction;
import dev.joinwright.Relationship;
import java.util.List;
import java.util.Optional;

/** Department.headId -> Employee (nullable) closes a cycle with Employee.departmentId (NOT NULL). */
@Entity
public interface Department {
    @Id long id();

    String name();

    @ForeignKey(value = Employee.class, onDelete = ReferentialAction.SET_NULL)
    @Nullable Long headId();

    @Relationship(foreignKey = "headId")
    Optional<Employee> head();

    @Relationship(backPopulates = "department")
    List<Employee> employees();
}
