package constraints;

import dev.joinwright.Column;
import dev.joinwright.Entity;
import dev.joinwright.Id;
import dev.joinwright.Relationship;
import java.math.BigDecimal;
import java.util.List;

/** A team keyed by a short code: the FK column athlete.team_code is VARCHAR(16) too. */
@Entity
public interface Team {
    @Id
    @Column(length = 16)
    String code();

    String name();

    @Column(precision = 7, scale = 3)
    BigDecimal budget();

    @Relationship(backPopulates = "team")
    List<Athlete> athletes();

    @Relationship(secondary = "team_sponsor", backPopulates = "teams")
    List<Sponsor> sponsors();
}
