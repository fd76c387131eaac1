package dev.joinwright.it.blog;

import dev.joinwright.Column;
import dev.joinwright.Entity;
import dev.joinwright.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Not part of SPEC's blog: one column of every supported type, for the scenarios of hand-written
 * SQL beside the DAOs (public codecs and the row reader by label agreeing with the DAO on every
 * database). Kept in the blog's compilation so that it needs no third schema class.
 */
@Entity(table = "gauges")
public interface Gauge {
    enum Level { LOW, HIGH }

    @Id long id();

    boolean flag();

    short small();

    int medium();

    long large();

    float single();

    double twice();

    String label();

    @Column(precision = 19, scale = 4) BigDecimal amount();

    @Nullable byte[] payload();

    @Nullable UUID token();

    LocalDate day();

    LocalTime clock();

    LocalDateTime stamp();

    OffsetDateTime zoned();

    Instant at();

    Level level();

    @Nullable String note();
}
