package dev.joinwright.it.harder;

import dev.joinwright.Column;
import dev.joinwright.Entity;
import dev.joinwright.ForeignKey;
import dev.joinwright.Id;
import dev.joinwright.ReferentialAction;
import dev.joinwright.Relationship;
import java.math.BigDecimal;
import java.util.Optional;

/** Table "order" is a reserved word; two FKs to User, so each relationship names its FK. */
@Entity(table = "order")
public interface Order {
    @Id long id();

    @Column(precision = 12, scale = 2) BigDecimal total();

    @ForeignKey(value = User.class, onDelete = ReferentialAction.CASCADE)
    long customerId();

    @ForeignKey(value = User.class, onDelete = ReferentialAction.SET_NULL)
    @Nullable Long reviewerId();

    @Relationship(foreignKey = "customerId", backPopulates = "orders")
    User customer();

    @Relationship(foreignKey = "reviewerId", backPopulates = "reviewedOrders")
    Optional<User> reviewer();
}
