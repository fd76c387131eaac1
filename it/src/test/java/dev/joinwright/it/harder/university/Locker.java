package dev.joinwright.it.harder.university;

import dev.joinwright.Column;
import dev.joinwright.it.harder.Nullable;
import dev.joinwright.Entity;
import dev.joinwright.ForeignKey;
import dev.joinwright.Id;
import dev.joinwright.Relationship;

@Entity
public interface Locker {
    @Id long id();

    String number();

    @ForeignKey(Student.class) @Column(unique = true) long studentId();

    @Relationship(backPopulates = "locker")
    Student student();
}
