package dev.joinwright.it.blog;

import dev.joinwright.Column;
import dev.joinwright.Entity;
import dev.joinwright.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Not part of SPEC's blog: a stand-alone table of extreme values (numbers and timestamps) for the
 * round-trip scenarios, kept in the blog's compilation so that it needs no third schema class.
 */
@Entity(table = "readings")
public interface Reading {
    @Id long id();

    String label();

    long bigValue();

    int smallValue();

    double ratio();

    @Column(precision = 19, scale = 4) BigDecimal amount();

    Instant takenAt();

    LocalDate recordedOn();

    LocalDateTime localStamp();

    @Nullable String note();
}
