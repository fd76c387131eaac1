package dev.joinwright.it.harder;

import dev.joinwright.Column;
import dev.joinwright.Entity;
import dev.joinwright.Id;
import dev.joinwright.Relationship;
import java.util.List;
import java.util.Set;

/** Table "user" is a reserved word; it also follows other users (self-referential many-to-many). */
@Entity(table = "user")
public interface User {
    @Id long id();

    @Column(length = 80, unique = true) String name();

    @Relationship(foreignKey = "customerId", backPopulates = "customer")
    List<Order> orders();

    @Relationship(foreignKey = "reviewerId", backPopulates = "reviewer")
    List<Order> reviewedOrders();

    @Relationship(secondary = "follows", joinColumn = "follower_id", inverseJoinColumn = "followed_id",
            backPopulates = "followers")
    Set<User> following();

    @Relationship(secondary = "follows", joinColumn = "followed_id", inverseJoinColumn = "follower_id",
            backPopulates = "following")
    Set<User> followers();

    @Relationship(secondary = "group_members", backPopulates = "members", orderBy = "name ASC")
    List<Group> memberships();
}
