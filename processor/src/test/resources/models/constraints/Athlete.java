package constraints;

import dev.joinwright.Column;
import dev.joinwright.Entity;
import dev.joinwright.ForeignKey;
import dev.joinwright.Id;
import dev.joinwright.Index;
import dev.joinwright.Relationship;
import dev.joinwright.Unique;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Table constraints, defaults and enums in one table: two two-column uniques (with their finders),
 * one led by the FK column (so it needs no index of its own), an index, defaults of every
 * kind, and enums sized to their constants with a CHECK.
 */
@Entity
@Unique({"lastName", "firstName"})
@Unique({"teamCode", "badge"})
@Index({"joinedOn", "lastName"})
public interface Athlete {
    @Id
    long id();

    String lastName();

    String firstName();

    @ForeignKey(Team.class)
    String teamCode();

    int badge();

    @Column(defaultValue = "CURRENT_DATE")
    LocalDate joinedOn();

    @Column(defaultValue = "CURRENT_TIMESTAMP")
    Instant createdAt();

    @Column(defaultValue = "CURRENT_TIMESTAMP")
    LocalDateTime localCreatedAt();

    @Column(defaultValue = "READER")
    Role role();

    @Nullable
    @Column(length = 20)
    Role formerRole();

    @Column(defaultValue = "true")
    boolean active();

    @Column(defaultValue = "7")
    Integer points();

    @Column(defaultValue = "-2")
    long credit();

    @Column(defaultValue = "it's a \\ test")
    String motto();

    @Column(precision = 5, scale = 2, defaultValue = "2.50")
    BigDecimal rate();

    @Column(defaultValue = "false")
    Boolean verified();

    @Relationship(backPopulates = "athletes")
    Team team();
}
