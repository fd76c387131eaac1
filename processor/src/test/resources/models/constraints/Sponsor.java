package constraints;

import dev.joinwright.Column;
import dev.joinwright.Entity;
import dev.joinwright.Id;
import dev.joinwright.Relationship;
import java.util.List;

/** A sponsor keyed by a 12-character code: the association table team_sponsor takes both key types. */
@Entity
public interface Sponsor {
    @Id
    @Column(length = 12)
    String ref();

    @Relationship(secondary = "team_sponsor", backPopulates = "sponsors")
    List<Team> teams();
}
