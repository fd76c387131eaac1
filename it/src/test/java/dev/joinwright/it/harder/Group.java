package dev.joinwright.it.harder;

import dev.joinwright.Column;
import dev.joinwright.Entity;
import dev.joinwright.Id;
import dev.joinwright.Relationship;
import java.util.List;

/** Table "group" is a reserved word; many-to-many with User through "group_members". */
@Entity(table = "group")
public interface Group {
    @Id long id();

    @Column(unique = true) String name();

    @Relationship(secondary = "group_members", backPopulates = "memberships", orderBy = "name")
    List<User> members();
}
