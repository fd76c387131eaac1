package oddnames;

import dev.joinwright.Column;
import dev.joinwright.Entity;
import dev.joinwright.Id;
import dev.joinwright.Relationship;
import java.util.List;

/** Names that collide with what the record and DAO generate: builder, toBuilder, h, hashCode, toString. */
@Entity
public interface Key {
    @Id long id();

    String builder();

    String toBuilder();

    boolean h();

    @Column(unique = true) String portion();

    String escape();

    @Override
    int hashCode();

    @Override
    String toString();

    @Relationship(backPopulates = "select")
    List<Ps> update();

    @Relationship(secondary = "targets_keys", backPopulates = "findAll")
    List<Targets> count();

    @Relationship(backPopulates = "owner")
    List<A.Item> items();

    @Relationship(backPopulates = "owner")
    List<B.Item> Items();
}
