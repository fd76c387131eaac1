package dev.joinwright.it.harder.university;

import dev.joinwright.Column;
import dev.joinwright.it.harder.Nullable;
import dev.joinwright.Entity;
import dev.joinwright.ForeignKey;
import dev.joinwright.Id;
import dev.joinwright.Relationship;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@Entity
public interface Student {
    @Id long id();

    @Column(unique = true) String email();

    String firstName();

    String lastName();

    Status status();

    boolean active();

    @Column(precision = 4, scale = 2) @Nullable BigDecimal gpa();

    Instant createdAt();

    @Nullable LocalDate graduated();

    @ForeignKey(Student.class) @Nullable Long mentorId();

    @ForeignKey(Department.class) @Nullable Long majorId();

    @Relationship(backPopulates = "mentees")
    Optional<Student> mentor();

    @Relationship(backPopulates = "mentor")
    List<Student> mentees();

    @Relationship
    Optional<Department> major();

    @Relationship(secondary = "enrollment", backPopulates = "students")
    List<Course> courses();

    @Relationship(backPopulates = "student")
    Optional<Locker> locker();
}
