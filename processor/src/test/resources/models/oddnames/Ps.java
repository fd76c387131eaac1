package oddnames;

import dev.joinwright.Column;
import dev.joinwright.Entity;
import dev.joinwright.ForeignKey;
import dev.joinwright.Id;
import dev.joinwright.Relationship;

/** An entity named like the DAO's statement variable, keyed by pk() beside a unique column id(). */
@Entity
public interface Ps {
    @Id long pk();

    @Column(unique = true) long id();

    String h();

    @ForeignKey(Key.class) long keyId();

    @Relationship(backPopulates = "update")
    Key select();
}
