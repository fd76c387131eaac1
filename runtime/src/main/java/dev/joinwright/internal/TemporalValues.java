package dev.joinwright.internal;

import dev.joinwright.Codecs;
import dev.joinwright.Dialect;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/**
 * The static {@code java.time} binding methods today's generated code calls. Internal: for
 * generated code only. Each delegates to the dialect's {@link Codecs}, which document the storage
 * per dialect; new code should hold the codecs instead.
 */
public final class TemporalValues {
    private TemporalValues() {}

    public static void setLocalDate(PreparedStatement ps, int index, LocalDate value, Dialect dialect)
            throws SQLException {
        Codecs.of(dialect).localDate().set(ps, index, value);
    }

    public static LocalDate getLocalDate(ResultSet rs, int index, Dialect dialect) throws SQLException {
        return Codecs.of(dialect).localDate().get(rs, index);
    }

    public static void setLocalTime(PreparedStatement ps, int index, LocalTime value, Dialect dialect)
            throws SQLException {
        Codecs.of(dialect).localTime().set(ps, index, value);
    }

    public static LocalTime getLocalTime(ResultSet rs, int index, Dialect dialect) throws SQLException {
        return Codecs.of(dialect).localTime().get(rs, index);
    }

    public static void setLocalDateTime(PreparedStatement ps, int index, LocalDateTime value, Dialect dialect)
            throws SQLException {
        Codecs.of(dialect).localDateTime().set(ps, index, value);
    }

    public static LocalDateTime getLocalDateTime(ResultSet rs, int index, Dialect dialect) throws SQLException {
        return Codecs.of(dialect).localDateTime().get(rs, index);
    }

    public static void setOffsetDateTime(PreparedStatement ps, int index, OffsetDateTime value, Dialect dialect)
            throws SQLException {
        Codecs.of(dialect).offsetDateTime().set(ps, index, value);
    }

    public static OffsetDateTime getOffsetDateTime(ResultSet rs, int index, Dialect dialect) throws SQLException {
        return Codecs.of(dialect).offsetDateTime().get(rs, index);
    }

    public static void setInstant(PreparedStatement ps, int index, Instant value, Dialect dialect)
            throws SQLException {
        Codecs.of(dialect).instant().set(ps, index, value);
    }

    public static Instant getInstant(ResultSet rs, int index, Dialect dialect) throws SQLException {
        return Codecs.of(dialect).instant().get(rs, index);
    }
}
