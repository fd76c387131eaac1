package dev.joinwright.it.blog;

import dev.joinwright.Column;
import dev.joinwright.Entity;
import dev.joinwright.ForeignKey;
import dev.joinwright.Id;
import dev.joinwright.Index;
import dev.joinwright.Unique;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Not part of SPEC's blog: table constraints, defaults and enums for the scenarios. A two-column
 * unique with its finder, an index, NOT NULL columns with defaults that a builder may leave out,
 * and an enum column with its CHECK.
 */
@Entity(table = "rowers")
@Unique({"lastName", "firstName"})
@Index({"crewCode", "seat"})
public interface Rower {
    /** A rower's side of the boat: VARCHAR(9) with a CHECK of the three names. */
    enum Side { PORT, STARBOARD, BOTH }

    @Id long id();

    String lastName();

    String firstName();

    @ForeignKey(Crew.class) String crewCode();

    int seat();

    @Column(defaultValue = "BOTH") Side side();

    @Column(defaultValue = "CURRENT_DATE") LocalDate joinedOn();

    @Column(defaultValue = "CURRENT_TIMESTAMP") Instant createdAt();

    @Column(defaultValue = "10") Integer rating();

    @Column(defaultValue = "true") boolean active();

    @Column(precision = 6, scale = 2, defaultValue = "72.50") BigDecimal weight();

    @Column(length = 40, defaultValue = "it's \\ new") String note();
}
