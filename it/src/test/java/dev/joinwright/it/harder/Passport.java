package dev.joinwright.it.harder;

import dev.joinwright.Column;
import dev.joinwright.Entity;
import dev.joinwright.ForeignKey;
import dev.joinwright.Id;
import dev.joinwright.ReferentialAction;
import dev.joinwright.Relationship;

/** One-to-one with Employee: a unique FK on this side, Optional<Passport> on the other. */
@Entity
public interface Passport {
    @Id long id();

    @Column(length = 20, unique = true) String number();

    @Column(unique = true)
    @ForeignKey(value = Employee.class, onDelete = ReferentialAction.CASCADE)
    long employeeId();

    @Relationship(backPopulates = "passport")
    Employee employee();
}
